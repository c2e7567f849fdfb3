package dev.videoapiemulator.dialect.kling;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.engine.JobOrigin;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.dialect.DialectJobs;
import dev.videoapiemulator.dialect.Downloads;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.request.ImageInput;
import dev.videoapiemulator.request.RequestFields;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * Creating a Kling job: every field is checked; the picture follows model, prompt, width, height
 * and duration. fps, seed, n, response_format and user are validated but change nothing the
 * emulator renders.
 */
@Singleton
public class KlingVideos {

    private static final Set<String> CREATE_FIELDS = Set.of("model", "prompt", "image", "duration", "width", "height",
            "fps", "seed", "n", "response_format", "user", KlingMetadata.PARAM);

    @Inject
    KlingDialect dialect;
    @Inject
    DialectJobs jobs;
    @Inject
    Downloads downloads;
    @Inject
    ObjectMapper mapper;

    KlingVideoView create(RequestFields fields) {
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
        return view(jobs.create(dialect, new VideoSpec(model, width, height, seconds, prompt),
                JobOrigin.fresh(), details));
    }

    KlingVideoView get(String id) {
        return view(jobs.find(dialect, id));
    }

    Response content(String id, String variant, String range, String ifNoneMatch) {
        return downloads.serve(dialect, id, variant, range, ifNoneMatch);
    }

    private KlingVideoView view(VideoJob job) {
        return KlingVideoView.of(jobs.facts(job), job.details(KlingJobDetails.class).orElseThrow());
    }
}
