package dev.videoapiemulator.engine;

import java.time.Duration;
import java.util.List;

/**
 * How a new job will live: its timings, progress steps and outcome, how long its downloads last,
 * and, when a scenario shaped it, the scenario's name and what it does to downloads and to status
 * notifications (interpreted by the download and webhook sides; the engine only carries them).
 */
public record JobScript(Duration queued, Duration processing, List<Integer> progressSteps, JobOutcome outcome,
        Duration downloadWindow, String scenario, Object downloadDirective, Object webhookDirective) {
}
