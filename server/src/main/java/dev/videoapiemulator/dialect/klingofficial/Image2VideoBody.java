package dev.videoapiemulator.dialect.klingofficial;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The image2video body as OpenAPI shows it; requests are read field by field, so this shape serves the document alone. */
@Schema(name = "KlingImage2VideoBody")
record Image2VideoBody(
        @JsonProperty("model_name") @Schema(description = "Default kling-v1") String modelName,
        @Schema(required = true, description = "The start frame: an http(s) URL or raw base64 (no data: prefix)")
        String image,
        @JsonProperty("image_tail") @Schema(description = "The end frame, as image") String imageTail,
        @Schema(description = "1 to 2500 characters") String prompt,
        @JsonProperty("negative_prompt") @Schema(description = "1 to 2500 characters") String negativePrompt,
        @JsonProperty("cfg_scale") @Schema(description = "0 to 1 (default 0.5)", minimum = "0", maximum = "1")
        Double cfgScale,
        @Schema(description = "std (720p, default) or pro (1080p)") String mode,
        @Schema(description = "Seconds, as a string (default \"5\")") String duration,
        @JsonProperty("camera_control") Text2VideoBody.KlingCameraControl cameraControl,
        @JsonProperty("static_mask") @Schema(description = "Motion brush: the area that stays, as image")
        String staticMask,
        @JsonProperty("dynamic_masks") @Schema(description = "Motion brush: up to 6 areas and their paths")
        List<DynamicMask> dynamicMasks,
        String sound,
        @JsonProperty("callback_url") @Schema(description = "Posted the task on every status change")
        String callbackUrl,
        @JsonProperty("external_task_id") @Schema(description = "Your own id, unique among your tasks")
        String externalTaskId) {

    @Schema(name = "KlingDynamicMask")
    record DynamicMask(@Schema(required = true) String mask,
            @Schema(required = true, description = "2 to 77 points") List<Point> trajectories) {
    }

    @Schema(name = "KlingTrajectoryPoint")
    record Point(@Schema(minimum = "0") int x, @Schema(minimum = "0") int y) {
    }
}
