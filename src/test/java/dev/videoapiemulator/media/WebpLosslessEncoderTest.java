package dev.videoapiemulator.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebpLosslessEncoderTest {

    @Test
    void prefixCodesFollowTheVp8lTable() {
        assertEquals(0, WebpLosslessEncoder.prefix(1));
        assertEquals(3, WebpLosslessEncoder.prefix(4));
        assertEquals(4, WebpLosslessEncoder.prefix(5));
        assertEquals(5, WebpLosslessEncoder.prefix(7));
        assertEquals(6, WebpLosslessEncoder.prefix(9));
        assertEquals(23, WebpLosslessEncoder.prefix(4096));
    }

    @Test
    void flatPicturesCompressToAlmostNothing() {
        int[] pixels = new int[1920 * 1080];
        java.util.Arrays.fill(pixels, 0x336699);
        byte[] webp = WebpLosslessEncoder.encode(pixels, 1920, 1080);
        assertTrue(webp.length < 4096, "flat 1080p frame took " + webp.length + " bytes");
    }

    @Test
    void handlesSinglePixelsAndNoise() {
        assertEquals(0, WebpLosslessEncoder.encode(new int[] {0xFFFFFF}, 1, 1).length % 2);
        int[] noise = new int[97 * 31];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextInt(0x1000000);
        }
        assertTrue(WebpLosslessEncoder.encode(noise, 97, 31).length > 20);
    }

    @Test
    void rejectsSizesVp8lCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> WebpLosslessEncoder.encode(new int[0], 0, 1));
        assertThrows(IllegalArgumentException.class, () -> WebpLosslessEncoder.encode(new int[1], 16385, 1));
    }
}
