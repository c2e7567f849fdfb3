package dev.videoapiemulator.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StillImagesTest {

    @ParameterizedTest
    @CsvSource({"1280, 720", "720, 1280", "1792, 1024", "854, 480"})
    void thumbnailIsALosslessWebpOfTheVideoSize(int width, int height) {
        byte[] webp = StillImages.thumbnail(new MediaSubject("video_thumb", width, height, 4, "a red kite over hills"));
        ByteBuffer in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", ascii(webp, 0));
        assertEquals(webp.length - 8, in.getInt(4));
        assertEquals("WEBP", ascii(webp, 8));
        assertEquals("VP8L", ascii(webp, 12));
        assertEquals(webp.length - 20 - (in.getInt(16) & 1), in.getInt(16));
        assertEquals(0x2F, webp[20] & 0xFF);
        long bits = in.getInt(21) & 0xFFFFFFFFL;
        assertEquals(width, (int) (bits & 0x3FFF) + 1);
        assertEquals(height, (int) ((bits >>> 14) & 0x3FFF) + 1);
        assertEquals(0, (int) (bits >>> 29), "VP8L version");
    }

    @ParameterizedTest
    @CsvSource({"320, 180", "180, 320"})
    void thumbnailDecodesToTheFrameOneThirdIn(int width, int height) throws IOException {
        MediaSubject subject = new MediaSubject("video_pixels", width, height, 4, "a red kite over hills");
        FramePainter painter = new FramePainter(subject);
        YuvCanvas canvas = new YuvCanvas(width, height);
        painter.paintFrame(canvas, StillImages.thumbnailFrame(painter.frameCount()));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(StillImages.thumbnail(subject)));
        assertNotNull(image);
        int[] expected = canvas.toRgb();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertEquals(expected[y * width + x] & 0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1280, 720, 12, 4, 3", "720, 1280, 4, 4, 1", "1792, 1024, 8, 4, 2", "480, 480, 2, 2, 1"})
    void spritesheetIsAJpegGridWithOneTilePerSecond(int width, int height, int seconds, int columns, int rows)
            throws IOException {
        byte[] jpeg = StillImages.spritesheet(new MediaSubject("video_sprites", width, height, seconds, "waves"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertNotNull(image);
        int tileHeight = Math.round((float) height * StillImages.SPRITE_TILE_WIDTH / width);
        assertEquals(columns * StillImages.SPRITE_TILE_WIDTH, image.getWidth());
        assertEquals(rows * tileHeight, image.getHeight());
    }

    private static String ascii(byte[] bytes, int at) {
        return new String(bytes, at, 4, StandardCharsets.US_ASCII);
    }
}
