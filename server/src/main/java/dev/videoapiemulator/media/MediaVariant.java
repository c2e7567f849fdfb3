package dev.videoapiemulator.media;

import dev.videoapiemulator.api.FieldErrors;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The downloadable renditions of a finished job, as named by the {@code variant} query parameter. */
public enum MediaVariant {
    VIDEO("video/mp4", "mp4"),
    THUMBNAIL("image/webp", "webp"),
    SPRITESHEET("image/jpeg", "jpg");

    private final String contentType;
    private final String fileExtension;

    MediaVariant(String contentType, String fileExtension) {
        this.contentType = contentType;
        this.fileExtension = fileExtension;
    }

    public String contentType() {
        return contentType;
    }

    public String fileExtension() {
        return fileExtension;
    }

    /** The name the {@code variant} query parameter uses. */
    public String queryName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Maps the query value ("video", "thumbnail", "spritesheet") to a variant; anything else is empty. */
    public static Optional<MediaVariant> fromQuery(String value) {
        if (value == null) {
            return Optional.empty();
        }
        // Exact names, as the APIs' enumerations are case-sensitive.
        return switch (value) {
            case "video" -> Optional.of(VIDEO);
            case "thumbnail" -> Optional.of(THUMBNAIL);
            case "spritesheet" -> Optional.of(SPRITESHEET);
            default -> Optional.empty();
        };
    }

    /** The {@code variant} query parameter: video when absent, else one of the three names. */
    public static MediaVariant parameter(String name) {
        return name == null || name.isEmpty() ? VIDEO
                : fromQuery(name).orElseThrow(() -> FieldErrors.notOneOf("variant", name,
                        Arrays.stream(values()).map(MediaVariant::queryName).toList()).exception());
    }
}
