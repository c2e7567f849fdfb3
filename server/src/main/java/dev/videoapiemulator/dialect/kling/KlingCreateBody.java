package dev.videoapiemulator.dialect.kling;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The create body as OpenAPI shows it; requests are read field by field, so this shape serves the document alone. */
@Schema(name = "KlingCreateVideoBody")
record KlingCreateBody(
        @Schema(description = "kling-v1 (default), kling-v1-6, kling-v2-master, kling-v2-1-master, kling-v2-5-turbo,"
                + " kling-v2-6") String model,
        @Schema(required = true, description = "Text prompt, 1 to 2500 characters") String prompt,
        @Schema(description = "Image as an http(s) URL, a data URL or base64 (JPEG, PNG or WebP)") String image,
        @Schema(description = "Seconds, a whole number from 1 to 10 (default 5)", minimum = "1", maximum = "10")
        Double duration,
        @Schema(description = "128 to 4096 (default 1280); odd values are rounded up", minimum = "128",
                maximum = "4096") Integer width,
        @Schema(description = "128 to 4096 (default 720); odd values are rounded up", minimum = "128",
                maximum = "4096") Integer height,
        @Schema(description = "1 to 60 (default 30)", minimum = "1", maximum = "60") Integer fps,
        @Schema(description = "0 to 2147483647", minimum = "0", maximum = "2147483647") Integer seed,
        @Schema(description = "Number of videos: 1", minimum = "1", maximum = "1") Integer n,
        @JsonProperty("response_format") String responseFormat,
        String user,
        @Schema(description = "Any JSON object (negative_prompt, style, ...), echoed in the answer; JSON text in"
                + " multipart") Map<String, Object> metadata) {
}
