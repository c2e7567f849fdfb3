package dev.videoapiemulator.dialect.klingofficial;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The text2video body as OpenAPI shows it; requests are read field by field, so this shape serves the document alone. */
@Schema(name = "KlingText2VideoBody")
record Text2VideoBody(
        @JsonProperty("model_name") @Schema(description = "Default kling-v1") String modelName,
        @Schema(required = true, description = "1 to 2500 characters") String prompt,
        @JsonProperty("negative_prompt") @Schema(description = "1 to 2500 characters") String negativePrompt,
        @JsonProperty("cfg_scale") @Schema(description = "0 to 1 (default 0.5)", minimum = "0", maximum = "1")
        Double cfgScale,
        @Schema(description = "std (720p, default) or pro (1080p)") String mode,
        @JsonProperty("aspect_ratio") @Schema(description = "Default 16:9") String aspectRatio,
        @Schema(description = "Seconds, as a string (default \"5\")") String duration,
        @JsonProperty("camera_control") KlingCameraControl cameraControl,
        String sound,
        @JsonProperty("callback_url") @Schema(description = "Posted the task on every status change")
        String callbackUrl,
        @JsonProperty("external_task_id") @Schema(description = "Your own id, unique among your tasks")
        String externalTaskId) {

    @Schema(name = "KlingCameraControl")
    record KlingCameraControl(@Schema(required = true) String type,
            @Schema(description = "Only for type simple: exactly one axis non-zero") KlingCameraConfig config) {
    }

    @Schema(name = "KlingCameraConfig")
    record KlingCameraConfig(
            @Schema(minimum = "-10", maximum = "10") Double horizontal,
            @Schema(minimum = "-10", maximum = "10") Double vertical,
            @Schema(minimum = "-10", maximum = "10") Double pan,
            @Schema(minimum = "-10", maximum = "10") Double tilt,
            @Schema(minimum = "-10", maximum = "10") Double roll,
            @Schema(minimum = "-10", maximum = "10") Double zoom) {
    }
}
