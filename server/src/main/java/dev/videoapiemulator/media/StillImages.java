package dev.videoapiemulator.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Still pictures of a job, painted by the same {@link FramePainter} as its video, so they show exactly
 * what the video shows at those instants.
 */
final class StillImages {

    /** Spritesheet layout: one tile per second of video, this many per row, each this wide. */
    static final int SPRITE_COLUMNS = 4;
    static final int SPRITE_TILE_WIDTH = 256;

    private StillImages() {
    }

    /** The frame one third into the video (past the first keyframe, before the end), as lossless WebP. */
    static byte[] thumbnail(MediaSubject subject) {
        Mp4Synthesizer.validate(subject);
        FramePainter painter = new FramePainter(subject);
        YuvCanvas canvas = new YuvCanvas(subject.width(), subject.height());
        painter.paintFrame(canvas, thumbnailFrame(painter.frameCount()));
        return WebpLosslessEncoder.encode(canvas.toRgb(), subject.width(), subject.height());
    }

    static int thumbnailFrame(int frameCount) {
        return frameCount / 3;
    }

    /** A JPEG grid of frames taken at the middle of each second, left to right, top to bottom. */
    static byte[] spritesheet(MediaSubject subject) {
        Mp4Synthesizer.validate(subject);
        FramePainter painter = new FramePainter(subject);
        int tiles = subject.seconds();
        int columns = Math.min(SPRITE_COLUMNS, tiles);
        int rows = (tiles + columns - 1) / columns;
        int tileWidth = SPRITE_TILE_WIDTH;
        int tileHeight = Math.max(1, Math.round((float) subject.height() * tileWidth / subject.width()));
        BufferedImage sheet = new BufferedImage(columns * tileWidth, rows * tileHeight, BufferedImage.TYPE_INT_RGB);
        YuvCanvas canvas = new YuvCanvas(subject.width(), subject.height());
        painter.paintBackground(canvas);
        for (int i = 0; i < tiles; i++) {
            painter.paintDynamic(canvas, i * FramePainter.FPS + FramePainter.FPS / 2);
            int[] tile = downscale(canvas.toRgb(), subject.width(), subject.height(), tileWidth, tileHeight);
            sheet.setRGB((i % columns) * tileWidth, (i / columns) * tileHeight, tileWidth, tileHeight, tile, 0, tileWidth);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(sheet, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Box filter: each target pixel averages the source pixels it covers. */
    static int[] downscale(int[] rgb, int width, int height, int targetWidth, int targetHeight) {
        int[] out = new int[targetWidth * targetHeight];
        for (int ty = 0; ty < targetHeight; ty++) {
            int y0 = ty * height / targetHeight;
            int y1 = Math.max(y0 + 1, (ty + 1) * height / targetHeight);
            for (int tx = 0; tx < targetWidth; tx++) {
                int x0 = tx * width / targetWidth;
                int x1 = Math.max(x0 + 1, (tx + 1) * width / targetWidth);
                long r = 0;
                long g = 0;
                long b = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        int p = rgb[y * width + x];
                        r += (p >> 16) & 0xFF;
                        g += (p >> 8) & 0xFF;
                        b += p & 0xFF;
                    }
                }
                long n = (long) (y1 - y0) * (x1 - x0);
                out[ty * targetWidth + tx] = (int) ((r / n) << 16 | (g / n) << 8 | (b / n));
            }
        }
        return out;
    }
}
