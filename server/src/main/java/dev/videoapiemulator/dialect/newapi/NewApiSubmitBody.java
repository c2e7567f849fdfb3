package dev.videoapiemulator.dialect.newapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The submit body as OpenAPI shows it; requests are read field by field, so this shape serves the document alone. */
@Schema(name = "NewApiSubmitBody")
record NewApiSubmitBody(
        @Schema(required = true, description = "Picks the channel: sora-2, sora-2-pro or a Kling model") String model,
        @Schema(required = true, description = "Not blank") String prompt,
        @Schema(description = "Kling: std (default) or pro") String mode,
        @Schema(description = "One image (URL, data URL or base64); the first of images when that is empty") String image,
        @Schema(description = "Images: the first is the reference (Kling: the second the tail frame)") List<String> images,
        @Schema(description = "WIDTHxHEIGHT: sora-2 720x1280 (default) or 1280x720, sora-2-pro also 1792x1024 and"
                + " 1024x1792; Kling models map it to an aspect ratio") String size,
        @Schema(description = "Seconds, a whole number or a string of one (Kling: 5 or 10, default 5)") Object duration,
        @Schema(description = "Seconds as a string (sora models: 4, 8 or 12, default 4)") String seconds,
        @JsonProperty("input_reference") @Schema(description = "Sora models: the reference image") String inputReference,
        @Schema(description = "An object, or a string of a JSON object; Kling models take mode, duration, aspect_ratio"
                + " and negative_prompt from it") Map<String, Object> metadata) {
}
