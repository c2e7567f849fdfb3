package dev.videoapiemulator.dialect.soratask;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.request.RequestFields;
import java.util.Set;

/** How strongly to re-draw a source generation or upload (1 to 8). The source ids are recorded, not resolved. */
record SdeditInput(
        double amount,
        @JsonProperty("source_generation_id") String sourceGenerationId,
        @JsonProperty("source_upload_media_id") String sourceUploadMediaId) {

    private static final Set<String> FIELDS = Set.of("amount", "source_generation_id", "source_upload_media_id");

    static SdeditInput read(RequestFields sdedit) {
        sdedit.allowOnly(FIELDS);
        String param = sdedit.path("amount");
        double amount = SoraTaskRules.sdeditAmount(param,
                sdedit.number("amount").orElseThrow(() -> FieldErrors.missing(param).exception()));
        return new SdeditInput(amount, sdedit.text("source_generation_id").orElse(null),
                sdedit.text("source_upload_media_id").orElse(null));
    }
}
