package dev.videoapiemulator.scenario;

import dev.videoapiemulator.engine.JobError;

/** An error a scenario answers with, in the profile's own envelope; unset parts take the status's usual values. */
public record ErrorSpec(String type, String code, String param, String message) {

    /** As a failed job reports it: unset parts are those of a moderation block, the failure real jobs report most. */
    public JobError asJobError() {
        return new JobError(code == null ? JobError.MODERATION_BLOCKED.code() : code,
                message == null ? JobError.MODERATION_BLOCKED.message() : message);
    }
}
