package dev.videoapiemulator.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
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
    void singlePixelsNoiseAndRepeatsDecodeToTheSamePixels() throws IOException {
        // (a 1x1 picture is left out: libwebp's dwebp decodes the encoder's 32 bytes exactly, but this
        // reader stops at the end of so short a stream)
        assertDecodesTo(new int[] {0xFFFFFF, 0x010203}, 2, 1);
        assertDecodesTo(new int[] {0x000000, 0xFEDCBA}, 1, 2);
        int[] noise = new int[97 * 31];
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextInt(0x1000000);
        }
        assertDecodesTo(noise, 97, 31);
        // runs, copies from the row above and from the left: the encoder's back-references
        int[] pattern = new int[301 * 67];
        for (int i = 0; i < pattern.length; i++) {
            int x = i % 301;
            int y = i / 301;
            pattern[i] = (x / 7 + y / 5) % 3 == 0 ? 0x102030 : (x * 3) << 16 | (y * 5) << 8 | (x ^ y) & 0xFF;
        }
        assertDecodesTo(pattern, 301, 67);
    }

    /** Decoded by an independent reader (TwelveMonkeys), every pixel must come back. */
    static void assertDecodesTo(int[] rgb, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(WebpLosslessEncoder.encode(rgb, width, height)));
        assertNotNull(image, "no WebP reader could read the encoder's output");
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int expected = rgb[y * width + x] & 0xFFFFFF;
                int actual = image.getRGB(x, y) & 0xFFFFFF;
                if (expected != actual) {
                    assertEquals(Integer.toHexString(expected), Integer.toHexString(actual), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void rejectsSizesVp8lCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> WebpLosslessEncoder.encode(new int[0], 0, 1));
        assertThrows(IllegalArgumentException.class, () -> WebpLosslessEncoder.encode(new int[1], 16385, 1));
    }
}
