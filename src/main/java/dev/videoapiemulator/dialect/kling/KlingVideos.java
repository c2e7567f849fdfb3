package dev.videoapiemulator.dialect.kling;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.engine.JobOrigin;
import dev.videoapiemulator.engine.RandomIds;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.request.ImageInput;
import dev.videoapiemulator.request.RequestFields;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;

/**
 * Creating a Kling job: every field is checked; the picture follows model, prompt, width, height
 * and duration. fps, seed, n, response_format and user are validated but change nothing the
 * emulator renders.
 */
@ApplicationScoped
public class KlingVideos {

    static final String DIALECT = "kling";

    private static final Set<String> CREATE_FIELDS = Set.of("model", "prompt", "image", "duration", "width", "height",
            "fps", "seed", "n", "response_format", "user", KlingMetadata.PARAM);

    private final VideoJobs jobs;
    private final ObjectMapper mapper;

    public KlingVideos(VideoJobs jobs, ObjectMapper mapper) {
        this.jobs = jobs;
        this.mapper = mapper;
    }

    VideoJob create(String owner, RequestFields fields) {
        fields.allowOnly(CREATE_FIELDS);
        String model = KlingRules.model(fields.text("model"));
        String prompt = KlingRules.prompt(fields.requiredText("prompt"));
        fields.field("image").ifPresent(image -> ImageInput.check("image", image));
        int seconds = KlingRules.Numeric.DURATION.read(fields).orElseThrow().intValue();
        int width = KlingRules.even(KlingRules.Numeric.WIDTH.read(fields).orElseThrow());
        int height = KlingRules.even(KlingRules.Numeric.HEIGHT.read(fields).orElseThrow());
        KlingRules.Numeric.FPS.read(fields);
        KlingRules.Numeric.SEED.read(fields);
        KlingRules.Numeric.N.read(fields);
        KlingRules.responseFormat(fields.text("response_format"));
        fields.text("user");
        KlingJobDetails details = new KlingJobDetails(fields.field(KlingMetadata.PARAM)
                .map(metadata -> KlingMetadata.read(mapper, metadata)).orElse(null));
        return jobs.create(owner, DIALECT, KlingVideos::taskId, new VideoSpec(model, width, height, seconds, prompt),
                JobOrigin.fresh(), details);
    }

    /** new-api's public task ids: task_ and 32 characters. */
    private static String taskId(Instant createdAt) {
        return "task_" + RandomIds.hex(32);
    }
}
