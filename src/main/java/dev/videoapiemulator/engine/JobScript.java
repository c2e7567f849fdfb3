package dev.videoapiemulator.engine;

import java.time.Duration;
import java.util.List;

/**
 * How a new job will live: its timings, progress steps and outcome, how long its downloads last,
 * and, when a scenario shaped it, the scenario's name and what it does to downloads (interpreted
 * by the download side; the engine only carries it).
 */
public record JobScript(Duration queued, Duration processing, List<Integer> progressSteps, JobOutcome outcome,
        Duration downloadWindow, String scenario, Object downloadDirective) {
}
