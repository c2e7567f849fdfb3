package dev.videoapiemulator.client;

/** Which jobs {@link JobControl#list(JobQuery)} answers. */
public final class JobQuery extends Criteria<JobQuery> {

    private static final JobQuery ALL = new JobQuery(Params.none());

    private JobQuery(Params params) {
        super(params);
    }

    public static JobQuery all() {
        return ALL;
    }

    public JobQuery key(String key) {
        return with("key", key);
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

    @Override
    JobQuery copy(Params params) {
        return new JobQuery(params);
    }
}
