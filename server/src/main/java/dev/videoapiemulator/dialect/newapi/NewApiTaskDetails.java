package dev.videoapiemulator.dialect.newapi;

import dev.videoapiemulator.dialect.DeclaredDetails;
import dev.videoapiemulator.dialect.FieldRules;
import dev.videoapiemulator.engine.VideoJob;
import java.util.List;
import java.util.Set;

/**
 * What a task keeps beyond the engine's spec: the upstream that runs it, new-api's {@code action}
 * ({@code generate} with an image, else {@code textGenerate}), and the upstream's own id, which
 * new-api hides behind its public one but shows in the upstream's answer it keeps.
 */
record NewApiTaskDetails(Platform platform, String action, String upstreamId) {

    static final String TEXT_GENERATE = "textGenerate";
    static final String GENERATE = "generate";

    /**
     * A task declared in fixtures: its upstream follows from its model, as a submit's does;
     * {@code action} ({@code textGenerate} unless it says {@code generate}) and {@code upstream_id}
     * (else one made as the upstream makes them) may be given.
     */
    static NewApiTaskDetails declared(DeclaredDetails declared) {
        declared.allowOnly(Set.of("action", "upstream_id"));
        Platform platform = NewApiRules.model(declared.spec().model()).platform();
        String action = FieldRules.oneOf("action", declared.text("action"), TEXT_GENERATE,
                List.of(TEXT_GENERATE, GENERATE));
        return new NewApiTaskDetails(platform, action, declared.text("upstream_id")
                .orElseGet(() -> NewApiTasks.upstreamId(platform, declared.createdAt())));
    }

    /** The details of a task: every job of this dialect has them. */
    static NewApiTaskDetails of(VideoJob task) {
        return task.details(NewApiTaskDetails.class).orElseThrow();
    }
}
