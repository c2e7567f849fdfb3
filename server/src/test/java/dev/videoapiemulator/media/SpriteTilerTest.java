package dev.videoapiemulator.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpriteTilerTest {

    /** Each frame's tile must be exactly the box-filtered whole frame, dynamic rows and still rows alike. */
    @ParameterizedTest
    @CsvSource({"720, 1280, 144, 4", "1280, 720, 256, 3", "96, 64, 170, 2"})
    void tilesEqualTheWholeFrameScaledDown(int width, int height, int tileHeight, int seconds) {
        MediaSubject subject = new MediaSubject("video_tiles_" + width, width, height, seconds, "a kite over the sea",
                List.of(new MediaSubject.Caption(0.5, 2.5, "Shot 1: a kite climbs")), true);
        int tileWidth = StillImages.SPRITE_TILE_WIDTH;
        FramePainter painter = new FramePainter(subject);
        YuvCanvas canvas = new YuvCanvas(width, height);
        painter.paintBackground(canvas);
        SpriteTiler tiler = new SpriteTiler(width, height, tileWidth, tileHeight, painter.dynamicRegions());
        tiler.background(canvas);
        YuvCanvas whole = new YuvCanvas(width, height);
        for (int frame = 12; frame < painter.frameCount(); frame += FramePainter.FPS) {
            painter.paintDynamic(canvas, frame);
            painter.paintFrame(whole, frame);
            assertArrayEquals(boxFilter(whole.toRgb(), width, height, tileWidth, tileHeight), tiler.tile(canvas),
                    "frame " + frame);
        }
    }

    private static int[] boxFilter(int[] rgb, int width, int height, int targetWidth, int targetHeight) {
        int[] out = new int[targetWidth * targetHeight];
        for (int ty = 0; ty < targetHeight; ty++) {
            int y0 = ty * height / targetHeight;
            int y1 = Math.max(y0 + 1, (ty + 1) * height / targetHeight);
            for (int tx = 0; tx < targetWidth; tx++) {
                int x0 = tx * width / targetWidth;
                int x1 = Math.max(x0 + 1, (tx + 1) * width / targetWidth);
                int[] sum = new int[3];
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        int p = rgb[y * width + x];
                        sum[0] += (p >> 16) & 0xFF;
                        sum[1] += (p >> 8) & 0xFF;
                        sum[2] += p & 0xFF;
                    }
                }
                int n = (y1 - y0) * (x1 - x0);
                out[ty * targetWidth + tx] = (sum[0] / n) << 16 | (sum[1] / n) << 8 | sum[2] / n;
            }
        }
        return out;
    }
}
