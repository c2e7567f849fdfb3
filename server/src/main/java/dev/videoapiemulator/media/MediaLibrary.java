package dev.videoapiemulator.media;

import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hands out a job's renditions, making each at most once at a time and keeping recent ones within a
 * configurable number of bytes ({@code emulator.media.cache-bytes}).
 *
 * <p>Subjects must have even width and height between 32 and 4096 and 1 to 600 seconds; callers round
 * odd sizes. Anything else is rejected with {@link IllegalArgumentException}.
 */
@Singleton
public class MediaLibrary {

    private final MediaCache<Key> cache;

    @Inject
    public MediaLibrary(EmulatorConfig config) {
        this(config.media().cacheBytes());
    }

    public MediaLibrary(long cacheBytes) {
        this.cache = new MediaCache<>(cacheBytes);
    }

    /** Blocks while the rendition is made; safe to call from many threads at once. */
    public MediaAsset asset(MediaSubject subject, MediaVariant variant) {
        return cache.get(new Key(subject, variant), () -> make(subject, variant));
    }

    /** Bytes currently held by the cache. */
    public long cachedBytes() {
        return cache.heldBytes();
    }

    static MediaAsset make(MediaSubject subject, MediaVariant variant) {
        byte[] bytes = switch (variant) {
            case VIDEO -> Mp4Synthesizer.synthesize(subject);
            case THUMBNAIL -> StillImages.thumbnail(subject);
            case SPRITESHEET -> StillImages.spritesheet(subject);
        };
        return new MediaAsset(bytes, variant.contentType(), etag(bytes));
    }

    /** A strong validator: the content hash, so equal bytes always get equal tags. */
    static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private record Key(MediaSubject subject, MediaVariant variant) {
    }
}
