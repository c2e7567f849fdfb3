package dev.videoapiemulator.request;

import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.api.ApiError;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An image parameter the relay dialects take in any of the ways their clients send one: an
 * uploaded file, a URL, a data URL or bare base64. Every image whose bytes the request carries is
 * decoded and must be a JPEG, PNG or WebP; remote URLs are never fetched.
 */
public final class ImageInput {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ImageInput() {
    }

    /** The format and size of the image, or empty for a remote URL. */
    public static Optional<ImageProbe.ImageInfo> check(String param, Field field) {
        if (field instanceof Field.Upload upload) {
            return Optional.of(probe(param, upload.file().head(64 * 1024)));
        }
        if (!(field instanceof Field.Text text)) {
            throw FieldErrors.wrongType(param, "a string or a file", field.kind()).exception();
        }
        String value = text.value().strip();
        if (value.startsWith("https://") || value.startsWith("http://")) {
            return Optional.empty();
        }
        return Optional.of(probe(param, value.startsWith("data:") ? dataUrl(param, value) : base64(param, value)));
    }

    private static ImageProbe.ImageInfo probe(String param, byte[] bytes) {
        return ImageProbe.probe(bytes).orElseThrow(() -> ApiError.badRequest("Invalid file format for '" + param
                + "'. Supported formats are: 'image/jpeg', 'image/png', and 'image/webp'.", param,
                "invalid_image_format").exception());
    }

    private static byte[] dataUrl(String param, String url) {
        int comma = url.indexOf(',');
        if (comma < 0 || !url.substring(0, comma).endsWith(";base64")) {
            throw FieldErrors.invalid(param, "Invalid '" + param + "': expected a base64-encoded data URL"
                    + " (data:image/png;base64,...).").exception();
        }
        return base64(param, url.substring(comma + 1));
    }

    private static byte[] base64(String param, String encoded) {
        String compact = WHITESPACE.matcher(encoded).replaceAll("");
        try {
            byte[] bytes = Base64.getDecoder().decode(compact);
            if (bytes.length > 0) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // answered below, as for an empty value
        }
        throw FieldErrors.invalid(param, "Invalid '" + param + "': expected an http(s) URL or base64-encoded image"
                + " data.").exception();
    }
}
