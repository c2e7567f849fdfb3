package dev.videoapiemulator.engine;

/** Why a job failed, as the service reports it in the job itself (not as an HTTP error). */
public record JobError(String code, String message) {

    /** The failure real jobs report most: the default when a failure names no error. */
    public static final JobError MODERATION_BLOCKED = new JobError("moderation_blocked",
            "Your request was blocked by our moderation system.");
}
