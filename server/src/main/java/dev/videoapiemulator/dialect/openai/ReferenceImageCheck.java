package dev.videoapiemulator.dialect.openai;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.request.Field;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.request.ImageProbe;
import dev.videoapiemulator.request.RequestFields;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks {@code input_reference}: an uploaded image, or {image_url} / {file_id}. An image whose
 * pixels the emulator can see (an upload or a data URL) must be JPEG, PNG or WebP at exactly the
 * requested size. Remote URLs are never fetched.
 */
final class ReferenceImageCheck {

    private static final String PARAM = "input_reference";
    private static final Set<String> OBJECT_FIELDS = Set.of("image_url", "file_id");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ReferenceImageCheck() {
    }

    static void check(RequestFields fields, boolean multipart, int width, int height) {
        Optional<Field> field = fields.field(PARAM);
        if (field.isEmpty()) {
            return;
        }
        if (field.get() instanceof Field.Upload upload) {
            matchSize(upload.file().head(64 * 1024), width, height);
            return;
        }
        if (multipart && !(field.get() instanceof Field.Group)) {
            throw FieldErrors.wrongType(PARAM, "a file", field.get().kind()).exception();
        }
        RequestFields ref = fields.group(PARAM).orElseThrow().allowOnly(OBJECT_FIELDS);
        if (ref.has("image_url") == ref.has("file_id")) {
            throw FieldErrors.invalid(PARAM, "Invalid 'input_reference': provide exactly one of 'image_url' or"
                    + " 'file_id'.").exception();
        }
        if (ref.has("file_id")) {
            if (ref.requiredText("file_id").isBlank()) {
                throw FieldErrors.tooShort(ref.path("file_id"), 1, 0).exception();
            }
            return;
        }
        String url = ref.requiredText("image_url");
        if (url.startsWith("data:")) {
            matchSize(decodeDataUrl(url, ref.path("image_url")), width, height);
        } else if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw FieldErrors.invalid(ref.path("image_url"), "Invalid 'input_reference.image_url': expected a fully"
                    + " qualified URL or a base64-encoded data URL.").exception();
        }
    }

    private static void matchSize(byte[] head, int width, int height) {
        ImageProbe.ImageInfo image = ImageProbe.probe(head).orElseThrow(() -> ApiError.badRequest(
                "Invalid file format for 'input_reference'. Supported formats are: 'image/jpeg', 'image/png', and"
                        + " 'image/webp'.", PARAM, "invalid_image_format").exception());
        if (image.width() != width || image.height() != height) {
            throw ApiError.badRequest("Inpaint image must match the requested width and height", null, null)
                    .exception();
        }
    }

    private static byte[] decodeDataUrl(String url, String param) {
        int comma = url.indexOf(',');
        if (comma < 0 || !url.substring(0, comma).endsWith(";base64")) {
            throw FieldErrors.invalid(param, "Invalid 'input_reference.image_url': expected a base64-encoded data URL"
                    + " (data:image/png;base64,...).").exception();
        }
        try {
            return Base64.getDecoder().decode(WHITESPACE.matcher(url.substring(comma + 1)).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw FieldErrors.invalid(param, "Invalid 'input_reference.image_url': the data URL is not valid base64.")
                    .exception();
        }
    }
}
