package dev.videoapiemulator.dialect.newapi;

import dev.videoapiemulator.engine.VideoJob;

/**
 * What a task keeps beyond the engine's spec: the upstream that runs it, new-api's {@code action}
 * ({@code generate} with an image, else {@code textGenerate}), and the upstream's own id, which
 * new-api hides behind its public one but shows in the upstream's answer it keeps.
 */
record NewApiTaskDetails(Platform platform, String action, String upstreamId) {

    static final String TEXT_GENERATE = "textGenerate";
    static final String GENERATE = "generate";

    /** The details of a task: every job of this dialect has them. */
    static NewApiTaskDetails of(VideoJob task) {
        return task.details(NewApiTaskDetails.class).orElseThrow();
    }
}
