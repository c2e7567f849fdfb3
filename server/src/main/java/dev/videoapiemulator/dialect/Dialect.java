package dev.videoapiemulator.dialect;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.DeclaresProfile;
import dev.videoapiemulator.api.ErrorShape;
import dev.videoapiemulator.api.Profile;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.Reporting;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoSpec;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A dialect, declared once: its profile (name, root path, description, error shape), how its job
 * ids look, and how it words an unknown id and a download that cannot be served. Each dialect
 * package has one as a bean; the profile list, routing, ownership and downloads all derive from it.
 * The download words default to those of OpenAI's shape, which most relays copy.
 */
public abstract class Dialect implements DeclaresProfile {

    /** The real API's words, whatever download window a scenario set. */
    static final String OPENAI_EXPIRED = "The video is no longer available. Downloads expire after 1 hours.";

    private static final Map<String, JobStatus> OPENAI_STATUSES = Map.of("queued", JobStatus.QUEUED,
            "in_progress", JobStatus.IN_PROGRESS, "completed", JobStatus.COMPLETED, "failed", JobStatus.FAILED);
    private static final VideoSpec OPENAI_DEFAULTS = new VideoSpec("sora-2", 720, 1280, 4, "");

    private final Profile profile;
    private final JobIdShape jobIds;
    private final VideoSpec declaredDefaults;

    /** A dialect whose jobs, when declared in fixtures without a model or size, are OpenAI's usual. */
    protected Dialect(String name, String root, String description, ErrorShape errors, JobIdShape jobIds) {
        this(name, root, description, errors, jobIds, OPENAI_DEFAULTS);
    }

    /**
     * @param jobIds the shape of the service's job ids, which {@link #newJobId} makes and declared jobs are held to
     * @param declaredDefaults what a declared job is when its fixture does not say: model, size, length, prompt
     */
    protected Dialect(String name, String root, String description, ErrorShape errors, JobIdShape jobIds,
            VideoSpec declaredDefaults) {
        this(new Profile(name, root, description, errors), jobIds, declaredDefaults);
    }

    /** A dialect whose callers sign tokens, or which also serves paths under another profile's prefix. */
    protected Dialect(Profile profile, JobIdShape jobIds, VideoSpec declaredDefaults) {
        this.profile = profile;
        this.jobIds = jobIds;
        this.declaredDefaults = declaredDefaults;
    }

    @Override
    public final Profile profile() {
        return profile;
    }

    public final String name() {
        return profile.name();
    }

    /** The one ownership rule: a job belongs to the dialect that made it, and no other dialect sees it. */
    public final boolean owns(VideoJob job) {
        return profile.name().equals(job.dialect());
    }

    /** Which status changes of a new job with these details anyone listens for: its end, by default. */
    public Reporting reporting(Object details) {
        return Reporting.END;
    }

    /** A new job's id in this service's format. */
    public abstract String newJobId(Instant createdAt, VideoSpec spec);

    public final JobIdShape jobIds() {
        return jobIds;
    }

    /** The status words of this service's answers, by which a declared job names its status. */
    public Map<String, JobStatus> statusWords() {
        return OPENAI_STATUSES;
    }

    public final VideoSpec declaredDefaults() {
        return declaredDefaults;
    }

    /**
     * What a declared job of this dialect keeps beyond the engine's spec, read from its fixture's
     * {@code details}, as a created job's details are from its request; this dialect's jobs keep
     * none, so any field there is refused.
     */
    public Object declaredDetails(DeclaredDetails declared) {
        declared.allowOnly(Set.of());
        return null;
    }

    /** The answer to an id the caller has no job under here: another key's and another dialect's ids alike. */
    public ApiError unknownJob(String id) {
        return ApiError.notFound("Video with id '" + id + "' not found.");
    }

    public ApiError notReady(VideoJob job, JobState state) {
        return ApiError.badRequest("Video '" + job.id() + "' is not ready yet: its status is '"
                + state.status().name().toLowerCase(Locale.ROOT) + "'. Download it once it is 'completed'.", null,
                null);
    }

    public ApiError failed(VideoJob job, JobState state) {
        return ApiError.badRequest("Video '" + job.id() + "' failed to generate, so it has no content to download.",
                null, null);
    }

    public ApiError expired(VideoJob job) {
        return ApiError.notFound(OPENAI_EXPIRED);
    }
}
