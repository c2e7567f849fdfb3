package dev.videoapiemulator.dialect.soratask;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.VideoJob;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The sora.com task object under the envelope's inner {@code data}: the request as understood,
 * an ISO-8601 {@code created_at}, a 0..1 {@code progress_pct}, and the generations once it succeeded.
 */
@JsonPropertyOrder({"id", "type", "status", "progress_pct", "created_at", "model", "prompt", "width", "height",
        "n_frames", "n_variants", "style", "operation", "inpaint_items", "actions", "sdedit", "generations",
        "failure_reason"})
record SoraTaskObject(
        String id,
        String type,
        String status,
        @JsonProperty("progress_pct") double progressPct,
        @JsonProperty("created_at") String createdAt,
        String model,
        String prompt,
        int width,
        int height,
        @JsonProperty("n_frames") int frames,
        @JsonProperty("n_variants") int variants,
        String style,
        String operation,
        @JsonProperty("inpaint_items") List<InpaintItem> inpaintItems,
        List<TaskAction> actions,
        SdeditInput sdedit,
        List<GenerationView> generations,
        @JsonProperty("failure_reason") String failureReason) {

    static SoraTaskObject of(VideoJob job, JobState state, SoraTaskDetails details, String baseUrl) {
        List<GenerationView> generations = state.status() != JobStatus.COMPLETED ? List.of()
                : IntStream.range(0, details.generationIds().size())
                        .mapToObj(i -> GenerationView.of(job, details, i, baseUrl)).toList();
        return new SoraTaskObject(job.id(), SoraTaskRules.TYPES.get(0),
                SoraTaskRules.STATUSES.get(state.status()).inner(), state.progress() / 100.0,
                job.createdAt().toString(), job.spec().model(), job.spec().prompt(), job.spec().width(),
                job.spec().height(), details.frames(), details.generationIds().size(), details.style(),
                details.operation(), details.inpaintItems(), details.actions(), details.sdedit(), generations,
                state.error() == null ? null : state.error().message());
    }
}
