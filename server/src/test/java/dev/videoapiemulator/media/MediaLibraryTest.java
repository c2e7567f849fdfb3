package dev.videoapiemulator.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaLibraryTest {

    private final MediaSubject subject = new MediaSubject("video_lib", 640, 360, 2, "a lighthouse at dusk");

    @Test
    void servesEachVariantWithItsContentTypeAndAStableStrongEtag() {
        MediaLibrary library = new MediaLibrary(64L << 20);
        for (MediaVariant variant : MediaVariant.values()) {
            MediaAsset asset = library.asset(subject, variant);
            assertEquals(variant.contentType(), asset.contentType());
            assertTrue(asset.etag().matches("\"[0-9a-f]{32}\""), asset.etag());
            assertSame(asset, library.asset(subject, variant), "cached");
            assertEquals(asset.etag(), new MediaLibrary(0).asset(subject, variant).etag(), "deterministic");
        }
        assertTrue(library.cachedBytes() > 0);
        assertNotEquals(library.asset(subject, MediaVariant.VIDEO).etag(),
                library.asset(new MediaSubject("video_lib2", 640, 360, 2, "a lighthouse at dusk"), MediaVariant.VIDEO)
                        .etag());
    }

    @Test
    void variantsParseFromTheQueryParameter() {
        assertEquals(Optional.of(MediaVariant.VIDEO), MediaVariant.fromQuery("video"));
        assertEquals(Optional.of(MediaVariant.THUMBNAIL), MediaVariant.fromQuery("thumbnail"));
        assertEquals(Optional.of(MediaVariant.SPRITESHEET), MediaVariant.fromQuery("spritesheet"));
        assertEquals(Optional.empty(), MediaVariant.fromQuery("poster"));
        assertEquals(Optional.empty(), MediaVariant.fromQuery(null));
        assertEquals("webp", MediaVariant.THUMBNAIL.fileExtension());
        assertEquals("image/jpeg", MediaVariant.SPRITESHEET.contentType());
    }
}
