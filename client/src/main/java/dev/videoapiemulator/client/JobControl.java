package dev.videoapiemulator.client;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Every key's jobs, and their course forced: for tests of what a client does on success, failure
 * or a job that never finishes. An unknown id is a 404 {@link EmulatorException}.
 */
public final class JobControl {

    private static final TypeReference<Page<Job>> JOB_PAGE = new TypeReference<>() { };

    private final Scope scope;

    JobControl(Scope scope) {
        this.scope = scope;
    }

    /** The newest 100 jobs (of the scoped test id, if any). */
    public Page<Job> list() {
        return list(JobQuery.all());
    }

    /** Newest first; a scoped {@link EmulatorControl} lists its test id's jobs unless the query names another. */
    public Page<Job> list(JobQuery query) {
        return scope.http().get("/jobs", scope.scoped(query.params()), JOB_PAGE);
    }

    public Job get(String id) {
        return scope.http().get(jobPath(id), Params.none(), Job.class);
    }

    public Job complete(String id) {
        return act(id, "/complete", Params.none());
    }

    /** Fails it now with the emulator's defaults: {@code moderation_blocked}, as if moderation refused it. */
    public Job fail(String id) {
        return act(id, "/fail", Params.none());
    }

    /** Fails it now, keeping its progress; a null code or message takes the emulator's default. */
    public Job fail(String id, String code, String message) {
        return act(id, "/fail", Params.none().with("code", code).with("message", message));
    }

    /** Puts it in progress at {@code value} (0 to 100) and holds it there, whatever the clock does. */
    public Job progress(String id, int value) {
        return act(id, "/progress", Params.none().with("value", value));
    }

    /** Deletes it, as its owner would. */
    public void delete(String id) {
        scope.http().delete(jobPath(id), Params.none());
    }

    private Job act(String id, String action, Params query) {
        return scope.http().post(jobPath(id) + action, query, RequestBody.NONE, Job.class);
    }

    private static String jobPath(String id) {
        return "/jobs/" + UrlComponent.encode(id);
    }
}
