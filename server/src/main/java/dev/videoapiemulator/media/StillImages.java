package dev.videoapiemulator.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
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
        SpriteTiler tiler = new SpriteTiler(subject.width(), subject.height(), tileWidth, tileHeight,
                painter.dynamicRegions());
        tiler.background(canvas);
        // Written straight into the image's pixels: setRGB converts each one through the colour model.
        int[] pixels = ((DataBufferInt) sheet.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < tiles; i++) {
            painter.paintDynamic(canvas, i * FramePainter.FPS + FramePainter.FPS / 2);
            int[] tile = tiler.tile(canvas);
            int corner = (i / columns) * tileHeight * sheet.getWidth() + (i % columns) * tileWidth;
            for (int row = 0; row < tileHeight; row++) {
                System.arraycopy(tile, row * tileWidth, pixels, corner + row * sheet.getWidth(), tileWidth);
            }
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
}
