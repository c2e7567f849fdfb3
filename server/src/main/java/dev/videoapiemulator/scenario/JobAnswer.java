package dev.videoapiemulator.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How a scenario's jobs live: how long queued and in progress, the progress steps shown, and how
 * they end ({@code completed}, {@code failed} with {@code error} at {@code fail_at_progress}, or
 * {@code stuck} at {@code stuck_at_progress} forever); {@code download_expiry} shortens or
 * lengthens how long downloads last.
 */
public record JobAnswer(Duration queued, Duration processing, List<Integer> progressSteps, Outcome outcome,
        ErrorSpec error, Integer failAtProgress, Integer stuckAtProgress, Duration downloadExpiry) {

    public enum Outcome {
        COMPLETED,
        FAILED,
        STUCK;

        @JsonCreator
        static Outcome of(String value) {
            return Outcome.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    public JobAnswer {
        progressSteps = progressSteps == null ? List.of() : List.copyOf(progressSteps);
        for (int step : progressSteps) {
            requirePercent("progress_steps", step);
        }
        if (failAtProgress != null) {
            requirePercent("fail_at_progress", failAtProgress);
        }
        if (stuckAtProgress != null) {
            requirePercent("stuck_at_progress", stuckAtProgress);
        }
        if (error != null && outcome != Outcome.FAILED) {
            throw new IllegalArgumentException("error is only for outcome: failed");
        }
    }

    private static void requirePercent(String field, int value) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(field + " must be between 0 and 100");
        }
    }
}
