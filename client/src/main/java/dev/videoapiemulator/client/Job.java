package dev.videoapiemulator.client;

import java.time.Instant;

/**
 * A job as the emulator's engine sees it, whichever key and test own it. {@code status} is
 * {@code queued}, {@code in_progress}, {@code completed} or {@code failed}; {@code profile} is the
 * dialect that made it; {@code testId} and {@code scenario} are null when there was none.
 */
public record Job(String id, String key, String testId, String profile, String status, int progress,
        Instant createdAt, String model, int width, int height, int seconds, String prompt, String scenario) {
}
