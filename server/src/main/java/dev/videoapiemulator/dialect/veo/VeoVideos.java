package dev.videoapiemulator.dialect.veo;

import dev.videoapiemulator.engine.JobOrigin;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.dialect.DialectJobs;
import dev.videoapiemulator.dialect.Downloads;
import dev.videoapiemulator.dialect.FieldRules;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.request.Field;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.request.RequestFields;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creating a Veo job: request fields in, a validated engine call out. */
@Singleton
public class VeoVideos {

    private static final Set<String> CREATE_FIELDS = Set.of("model", "prompt", "seconds", "size",
            VeoReferenceImages.PARAM, "watermark");

    @Inject
    VeoDialect dialect;
    @Inject
    DialectJobs jobs;
    @Inject
    Downloads downloads;

    VeoVideoView create(RequestFields fields) {
        fields.allowOnly(CREATE_FIELDS);
        VeoRules.ModelRow model = VeoRules.model(fields.requiredText("model"));
        // The seed documents no upper bound, and the relay passes a prompt of spaces on.
        String prompt = FieldRules.text("prompt", fields.requiredText("prompt"), FieldRules.UNBOUNDED,
                FieldRules.Blank.ALLOWED);
        int seconds = VeoRules.seconds(fields.requiredText("seconds"));
        VeoRules.SizeRow size = VeoRules.size(model, fields.requiredText("size"));
        boolean watermark = watermark(fields);
        VeoReferenceImages.check(fields, model);
        VeoRules.Frame frame = VeoRules.frame(model, size);
        VideoSpec spec = new VideoSpec(model.name(), frame.width(), frame.height(), seconds, prompt,
                new VideoSpec.Overlay(List.of(), watermark));
        return view(jobs.create(dialect, spec, JobOrigin.fresh(),
                new VeoJobDetails(VeoRules.reportedSize(model, size))));
    }

    VeoVideoView get(String id) {
        return view(jobs.find(dialect, id));
    }

    Response content(String id, String variant, String range, String ifNoneMatch) {
        return downloads.serve(dialect, id, variant, range, ifNoneMatch);
    }

    private VeoVideoView view(VideoJob job) {
        return VeoVideoView.of(jobs.facts(job), job.details(VeoJobDetails.class).orElseThrow());
    }

    /** The seed types it as a string; JSON clients send a boolean, which means the same. */
    private static boolean watermark(RequestFields fields) {
        Optional<Field> field = fields.field("watermark");
        if (field.isPresent() && field.get() instanceof Field.Json json && json.node().isBoolean()) {
            return json.node().booleanValue();
        }
        Optional<String> value = fields.text("watermark");
        if (value.isPresent() && !VeoRules.WATERMARK.contains(value.get())) {
            throw FieldErrors.notOneOf("watermark", value.get(), VeoRules.WATERMARK).exception();
        }
        return value.map(Boolean::parseBoolean).orElse(false);
    }
}
