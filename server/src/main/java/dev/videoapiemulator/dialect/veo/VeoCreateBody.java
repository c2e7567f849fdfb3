package dev.videoapiemulator.dialect.veo;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The create body as OpenAPI shows it; requests are read field by field, so this shape serves the document
 * alone. Its enumerations come from {@link VeoRules} ({@link VeoSchemaEnums}).
 */
@Schema(name = "VeoCreateVideoBody")
record VeoCreateBody(
        @Schema(required = true, description = "A Veo model, e.g. veo_3_1, veo3.1-components, veo_3_1-4K") String model,
        @Schema(required = true, description = "Text prompt") String prompt,
        @Schema(required = true) String seconds,
        @Schema(required = true, description = "16x9 or 1280x720 (landscape), 9x16 or 720x1280 (portrait);"
                + " 4K models also 3840x2160 and 2160x3840") String size,
        @JsonProperty("input_reference") @Schema(type = SchemaType.STRING, format = "binary",
                description = "Images, one part each (repeat the part): first frame (then last frame), or 1 to 3"
                        + " reference images for *-components models; a file, an http(s) URL, a data URL or base64")
                byte[] inputReference,
        @Schema(description = "Draw a watermark (default false)") String watermark) {
}
