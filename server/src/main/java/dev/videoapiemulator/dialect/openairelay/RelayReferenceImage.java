package dev.videoapiemulator.dialect.openairelay;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.request.Field;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.request.ImageProbe;
import dev.videoapiemulator.request.RequestFields;

/**
 * Checks {@code input_reference}: an uploaded JPEG, PNG or WebP of exactly the requested size (what
 * the relay's upstream demands), or in JSON a URL or data URL string, forwarded and never fetched.
 */
final class RelayReferenceImage {

    private static final String PARAM = "input_reference";

    private RelayReferenceImage() {
    }

    static void check(RequestFields fields, OpenAiRelayRules.SizeRow size) {
        Field field = fields.field(PARAM).orElse(null);
        if (field == null) {
            return;
        }
        if (field instanceof Field.Upload upload) {
            ImageProbe.ImageInfo image = ImageProbe.probe(upload.file().head(64 * 1024)).orElseThrow(() ->
                    ApiError.badRequest("Invalid file format for 'input_reference'. Supported formats are:"
                            + " 'image/jpeg', 'image/png', and 'image/webp'.", PARAM, "invalid_image_format")
                            .exception());
            if (image.width() != size.width() || image.height() != size.height()) {
                throw FieldErrors.invalid(PARAM, "Invalid 'input_reference': the image is " + image.width() + "x"
                        + image.height() + " but the video is " + size.value() + "; they must match.").exception();
            }
            return;
        }
        String url = fields.requiredText(PARAM);
        if (!url.startsWith("https://") && !url.startsWith("http://") && !url.startsWith("data:image/")) {
            throw FieldErrors.invalid(PARAM, "Invalid 'input_reference': expected an image file, a fully qualified"
                    + " URL or a base64-encoded data URL.").exception();
        }
    }
}
