package dev.videoapiemulator.dialect.openairelay;

import dev.videoapiemulator.engine.JobOrigin;
import dev.videoapiemulator.dialect.DialectJobs;
import dev.videoapiemulator.dialect.Downloads;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.request.RequestFields;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/** The relayed format's operations: request fields in, validated engine calls out. */
@Singleton
public class OpenAiRelayVideos {

    private static final Set<String> CREATE_FIELDS = Set.of("prompt", "model", "seconds", "size", "input_reference");

    @Inject
    OpenAiRelayDialect dialect;
    @Inject
    DialectJobs jobs;
    @Inject
    Downloads downloads;

    RelayVideoView create(RequestFields fields, String baseUrl) {
        fields.allowOnly(CREATE_FIELDS);
        String prompt = OpenAiRelayRules.prompt(fields.requiredText("prompt"));
        OpenAiRelayRules.ModelRow model = OpenAiRelayRules.model(fields.text("model"));
        OpenAiRelayRules.SizeRow size = OpenAiRelayRules.size(model, fields.text("size"));
        int seconds = OpenAiRelayRules.seconds(fields.text("seconds"));
        RelayReferenceImage.check(fields, size);
        return RelayVideoView.of(jobs.facts(jobs.create(dialect, new VideoSpec(model.name(), size.width(), size.height(), seconds, prompt), JobOrigin.fresh(), null)),
                baseUrl);
    }

    RelayVideoView get(String id, String baseUrl) {
        return RelayVideoView.of(jobs.facts(jobs.find(dialect, id)), baseUrl);
    }

    Response content(String id, String variant, String range, String ifNoneMatch) {
        return downloads.serve(dialect, id, variant, range, ifNoneMatch);
    }
}
