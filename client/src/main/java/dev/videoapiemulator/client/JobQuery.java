package dev.videoapiemulator.client;

/**
 * Which jobs {@link JobControl#list(JobQuery)} answers: every criterion set must hold. Immutable:
 * each method answers a copy with one more criterion.
 */
public final class JobQuery {

    private static final JobQuery ALL = new JobQuery(Params.none());

    private final Params params;

    private JobQuery(Params params) {
        this.params = params;
    }

    public static JobQuery all() {
        return ALL;
    }

    public JobQuery key(String key) {
        return with("key", key);
    }

    /** Overrides the test id a scoped {@link EmulatorControl} would send. */
    public JobQuery testId(String testId) {
        return with(Scope.TEST_ID, testId);
    }

    public JobQuery profile(String profile) {
        return with("profile", profile);
    }

    /** {@code queued}, {@code in_progress}, {@code completed} or {@code failed}. */
    public JobQuery status(String status) {
        return with("status", status);
    }

    /** 1 to 10000; the emulator's default is 100. */
    public JobQuery limit(int limit) {
        return with("limit", limit);
    }

    Params params() {
        return params;
    }

    @Override
    public String toString() {
        return "JobQuery" + params;
    }

    private JobQuery with(String name, Object value) {
        return new JobQuery(params.with(name, value));
    }
}
