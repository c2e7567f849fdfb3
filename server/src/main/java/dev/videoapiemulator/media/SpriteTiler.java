package dev.videoapiemulator.media;

import dev.videoapiemulator.media.FramePainter.MbRect;
import java.util.List;

/**
 * Shrinks a job's frames to spritesheet tiles with a box filter. Outside the painter's dynamic regions
 * every frame is the still background, so its tile is scaled once and each frame converts and averages
 * only the tile rows whose source rows a dynamic region touches: converting and scaling whole frames
 * was nearly all of a spritesheet's time.
 */
final class SpriteTiler {

    private final int width;
    private final int height;
    private final int tileWidth;
    private final int tileHeight;
    private final boolean[] dynamicTileRows;
    private int[] background;

    SpriteTiler(int width, int height, int tileWidth, int tileHeight, List<MbRect> dynamicRegions) {
        this.width = width;
        this.height = height;
        this.tileWidth = tileWidth;
        this.tileHeight = tileHeight;
        dynamicTileRows = new boolean[tileHeight];
        for (int ty = 0; ty < tileHeight; ty++) {
            int y0 = sourceStart(ty);
            int y1 = sourceEnd(ty, y0);
            for (MbRect region : dynamicRegions) {
                dynamicTileRows[ty] |= region.y() * 16 < y1 && y0 < (region.y() + region.height()) * 16;
            }
        }
    }

    /** Takes the still background; call before {@link #tile}, with the canvas painted by paintBackground. */
    void background(YuvCanvas canvas) {
        background = new int[tileWidth * tileHeight];
        for (int ty = 0; ty < tileHeight; ty++) {
            scaleRow(canvas, ty, background);
        }
    }

    /** The tile of a frame painted over the background given to {@link #background}. */
    int[] tile(YuvCanvas canvas) {
        int[] tile = background.clone();
        for (int ty = 0; ty < tileHeight; ty++) {
            if (dynamicTileRows[ty]) {
                scaleRow(canvas, ty, tile);
            }
        }
        return tile;
    }

    /** Box filter of one tile row: each target pixel averages the source pixels it covers. */
    private void scaleRow(YuvCanvas canvas, int ty, int[] out) {
        int y0 = sourceStart(ty);
        int y1 = sourceEnd(ty, y0);
        int[] rgb = canvas.toRgb(y0, y1);
        for (int tx = 0; tx < tileWidth; tx++) {
            int x0 = tx * width / tileWidth;
            int x1 = Math.max(x0 + 1, (tx + 1) * width / tileWidth);
            long r = 0;
            long g = 0;
            long b = 0;
            for (int y = 0; y < y1 - y0; y++) {
                for (int x = x0; x < x1; x++) {
                    int p = rgb[y * width + x];
                    r += (p >> 16) & 0xFF;
                    g += (p >> 8) & 0xFF;
                    b += p & 0xFF;
                }
            }
            long n = (long) (y1 - y0) * (x1 - x0);
            out[ty * tileWidth + tx] = (int) ((r / n) << 16 | (g / n) << 8 | (b / n));
        }
    }

    private int sourceStart(int ty) {
        return ty * height / tileHeight;
    }

    private int sourceEnd(int ty, int start) {
        return Math.max(start + 1, (ty + 1) * height / tileHeight);
    }
}
