package dev.videoapiemulator.dialect.openairelay;

import dev.videoapiemulator.engine.JobOrigin;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.request.RequestFields;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** The relayed format's operations: request fields in, validated engine calls out. */
@ApplicationScoped
public class OpenAiRelayVideos {

    static final String DIALECT = "openai-relay";

    private static final Set<String> CREATE_FIELDS = Set.of("prompt", "model", "seconds", "size", "input_reference");

    private final VideoJobs jobs;

    public OpenAiRelayVideos(VideoJobs jobs) {
        this.jobs = jobs;
    }

    VideoJob create(String owner, RequestFields fields) {
        fields.allowOnly(CREATE_FIELDS);
        String prompt = OpenAiRelayRules.prompt(fields.requiredText("prompt"));
        OpenAiRelayRules.ModelRow model = OpenAiRelayRules.model(fields.text("model"));
        OpenAiRelayRules.SizeRow size = OpenAiRelayRules.size(model, fields.text("size"));
        int seconds = OpenAiRelayRules.seconds(fields.text("seconds"));
        RelayReferenceImage.check(fields, size);
        return jobs.create(owner, DIALECT, at -> "video_" + UUID.randomUUID(),
                new VideoSpec(model.name(), size.width(), size.height(), seconds, prompt), JobOrigin.fresh(), null);
    }

    /** Jobs made through another dialect with the same key are not this dialect's videos. */
    VideoJob find(String owner, String id) {
        return jobs.find(owner, id).filter(job -> DIALECT.equals(job.dialect()))
                .orElseThrow(() -> ApiError.notFound("Video with id '" + id + "' not found.").exception());
    }
}
