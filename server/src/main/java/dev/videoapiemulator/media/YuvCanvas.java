package dev.videoapiemulator.media;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A 4:2:0 picture padded to whole 16×16 macroblocks, in jcodec's signed-sample layout. Drawing is
 * done in 2×2 pixel units (even coordinates and sizes) so chroma never smears across shapes.
 */
final class YuvCanvas {

    final int width;
    final int height;
    final int mbCols;
    final int mbRows;
    final int stride;
    final byte[] luma;
    final byte[] cb;
    final byte[] cr;

    YuvCanvas(int width, int height) {
        this.width = width;
        this.height = height;
        this.mbCols = (width + 15) / 16;
        this.mbRows = (height + 15) / 16;
        this.stride = mbCols * 16;
        this.luma = new byte[stride * mbRows * 16];
        this.cb = new byte[luma.length / 4];
        this.cr = new byte[luma.length / 4];
    }

    YuvCanvas copy() {
        YuvCanvas copy = new YuvCanvas(width, height);
        System.arraycopy(luma, 0, copy.luma, 0, luma.length);
        System.arraycopy(cb, 0, copy.cb, 0, cb.length);
        System.arraycopy(cr, 0, copy.cr, 0, cr.length);
        return copy;
    }

    /** Fills a rectangle clipped to the padded area; odd edges are widened to the 2×2 grid. */
    void fill(int x, int y, int w, int h, YuvColor color) {
        int x0 = Math.max(0, x & ~1);
        int y0 = Math.max(0, y & ~1);
        int x1 = Math.min(stride, (x + w + 1) & ~1);
        int y1 = Math.min(mbRows * 16, (y + h + 1) & ~1);
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        for (int row = y0; row < y1; row++) {
            Arrays.fill(luma, row * stride + x0, row * stride + x1, color.y());
        }
        int chromaStride = stride / 2;
        for (int row = y0 / 2; row < y1 / 2; row++) {
            Arrays.fill(cb, row * chromaStride + x0 / 2, row * chromaStride + x1 / 2, color.u());
            Arrays.fill(cr, row * chromaStride + x0 / 2, row * chromaStride + x1 / 2, color.v());
        }
    }

    /** Copies {@code tile}'s visible area with its corner at even (x, y), clipped like {@link #fill}. */
    void paste(YuvCanvas tile, int x, int y) {
        int w = Math.min(tile.width, stride - x);
        int h = Math.min(tile.height, mbRows * 16 - y);
        if (w <= 0 || h <= 0) {
            return;
        }
        for (int row = 0; row < h; row++) {
            System.arraycopy(tile.luma, row * tile.stride, luma, (y + row) * stride + x, w);
        }
        int chromaStride = stride / 2;
        int tileChromaStride = tile.stride / 2;
        for (int row = 0; row < h / 2; row++) {
            int at = (y / 2 + row) * chromaStride + x / 2;
            System.arraycopy(tile.cb, row * tileChromaStride, cb, at, w / 2);
            System.arraycopy(tile.cr, row * tileChromaStride, cr, at, w / 2);
        }
    }

    /**
     * Mixes a rectangle toward a colour, {@code alpha} of 256 covering it and 0 leaving it as it is;
     * clipped and widened like {@link #fill}.
     */
    void blend(int x, int y, int w, int h, YuvColor color, int alpha) {
        int x0 = Math.max(0, x & ~1);
        int y0 = Math.max(0, y & ~1);
        int x1 = Math.min(stride, (x + w + 1) & ~1);
        int y1 = Math.min(mbRows * 16, (y + h + 1) & ~1);
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        for (int row = y0; row < y1; row++) {
            mix(luma, row * stride + x0, row * stride + x1, color.y(), alpha);
        }
        int chromaStride = stride / 2;
        for (int row = y0 / 2; row < y1 / 2; row++) {
            mix(cb, row * chromaStride + x0 / 2, row * chromaStride + x1 / 2, color.u(), alpha);
            mix(cr, row * chromaStride + x0 / 2, row * chromaStride + x1 / 2, color.v(), alpha);
        }
    }

    private static void mix(byte[] plane, int from, int to, byte target, int alpha) {
        for (int i = from; i < to; i++) {
            int sample = plane[i];
            plane[i] = (byte) (sample + (((target - sample) * alpha) >> 8));
        }
    }

    /** Copies the macroblocks of a rectangle (in macroblocks, clipped to the picture) from another canvas. */
    void copyRegionFrom(YuvCanvas source, int mbX, int mbY, int mbWidth, int mbHeight) {
        int x0 = Math.max(0, mbX);
        int x1 = Math.min(mbCols, mbX + mbWidth);
        int y0 = Math.max(0, mbY);
        int y1 = Math.min(mbRows, mbY + mbHeight);
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        for (int row = y0 * 16; row < y1 * 16; row++) {
            System.arraycopy(source.luma, row * stride + x0 * 16, luma, row * stride + x0 * 16, (x1 - x0) * 16);
        }
        int chromaStride = stride / 2;
        for (int row = y0 * 8; row < y1 * 8; row++) {
            int at = row * chromaStride + x0 * 8;
            System.arraycopy(source.cb, at, cb, at, (x1 - x0) * 8);
            System.arraycopy(source.cr, at, cr, at, (x1 - x0) * 8);
        }
    }

    /**
     * Marks in {@code changed} (bit {@code mbY * mbCols + mbX}) each macroblock of one macroblock row,
     * columns [{@code mbX0}, {@code mbX1}), that differs from {@code other}. Each sample row is scanned
     * with one vectorised mismatch per differing macroblock rather than one comparison per macroblock
     * row, so a mostly unchanged row costs a handful of calls.
     */
    void markChangedMacroblocks(YuvCanvas other, int mbY, int mbX0, int mbX1, BitSet changed) {
        int base = mbY * mbCols;
        for (int row = 0; row < 16; row++) {
            markChanged(luma, other.luma, (mbY * 16 + row) * stride, mbX0, mbX1, 16, changed, base);
        }
        int chromaStride = stride / 2;
        for (int row = 0; row < 8; row++) {
            int rowStart = (mbY * 8 + row) * chromaStride;
            markChanged(cb, other.cb, rowStart, mbX0, mbX1, 8, changed, base);
            markChanged(cr, other.cr, rowStart, mbX0, mbX1, 8, changed, base);
        }
    }

    private static void markChanged(byte[] plane, byte[] other, int rowStart, int mbX0, int mbX1, int mbWidth,
            BitSet changed, int base) {
        int end = rowStart + mbX1 * mbWidth;
        int at = rowStart + mbX0 * mbWidth;
        while (at < end) {
            int mismatch = Arrays.mismatch(plane, at, end, other, at, end);
            if (mismatch < 0) {
                return;
            }
            int mbX = (at + mismatch - rowStart) / mbWidth;
            changed.set(base + mbX);
            at = rowStart + (mbX + 1) * mbWidth;
        }
    }

    /** True when the macroblock is a single colour. */
    boolean isFlat(int mbX, int mbY) {
        int chromaStride = stride / 2;
        int lumaAt = mbY * 16 * stride + mbX * 16;
        byte y = luma[lumaAt];
        for (int row = 0; row < 16; row++) {
            int at = lumaAt + row * stride;
            for (int i = at; i < at + 16; i++) {
                if (luma[i] != y) {
                    return false;
                }
            }
        }
        int chromaAt = mbY * 8 * chromaStride + mbX * 8;
        byte u = cb[chromaAt];
        byte v = cr[chromaAt];
        for (int row = 0; row < 8; row++) {
            int at = chromaAt + row * chromaStride;
            for (int i = at; i < at + 8; i++) {
                if (cb[i] != u || cr[i] != v) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when two macroblocks of one macroblock row hold the same samples. */
    boolean sameMacroblocks(int mbY, int mbX, int otherMbX) {
        for (int row = 0; row < 16; row++) {
            int at = (mbY * 16 + row) * stride;
            if (!Arrays.equals(luma, at + mbX * 16, at + mbX * 16 + 16, luma, at + otherMbX * 16,
                    at + otherMbX * 16 + 16)) {
                return false;
            }
        }
        int chromaStride = stride / 2;
        for (int row = 0; row < 8; row++) {
            int a = (mbY * 8 + row) * chromaStride + mbX * 8;
            int b = (mbY * 8 + row) * chromaStride + otherMbX * 8;
            if (!Arrays.equals(cb, a, a + 8, cb, b, b + 8) || !Arrays.equals(cr, a, a + 8, cr, b, b + 8)) {
                return false;
            }
        }
        return true;
    }

    void copyMacroblockFrom(YuvCanvas source, int mbX, int mbY) {
        int chromaStride = stride / 2;
        for (int row = 0; row < 16; row++) {
            int at = (mbY * 16 + row) * stride + mbX * 16;
            System.arraycopy(source.luma, at, luma, at, 16);
        }
        for (int row = 0; row < 8; row++) {
            int at = (mbY * 8 + row) * chromaStride + mbX * 8;
            System.arraycopy(source.cb, at, cb, at, 8);
            System.arraycopy(source.cr, at, cr, at, 8);
        }
    }

    /**
     * The samples of {@code count} macroblocks of one macroblock row, packed as a 16-row luma block then
     * the two 8-row chroma blocks. Equal arrays mean equal pictures, so this doubles as a cache key.
     */
    byte[] macroblockRun(int mbY, int mbX, int count) {
        int w = count * 16;
        byte[] packed = new byte[w * 16 * 3 / 2];
        for (int row = 0; row < 16; row++) {
            System.arraycopy(luma, (mbY * 16 + row) * stride + mbX * 16, packed, row * w, w);
        }
        int chromaStride = stride / 2;
        int half = w / 2;
        int cbAt = w * 16;
        int crAt = cbAt + half * 8;
        for (int row = 0; row < 8; row++) {
            int at = (mbY * 8 + row) * chromaStride + mbX * 8;
            System.arraycopy(cb, at, packed, cbAt + row * half, half);
            System.arraycopy(cr, at, packed, crAt + row * half, half);
        }
        return packed;
    }

    /** Packed 0xRRGGBB pixels of the visible area, chroma repeated over each 2×2 block. */
    int[] toRgb() {
        return toRgb(0, height);
    }

    /** Like {@link #toRgb()}, for the visible rows [{@code fromRow}, {@code toRow}) only. */
    int[] toRgb(int fromRow, int toRow) {
        int[] rgb = new int[width * (toRow - fromRow)];
        int chromaStride = stride / 2;
        // Painted frames are runs of a few colours: remembering the last conversion skips nearly all of them.
        int lastKey = -1;
        int lastRgb = 0;
        for (int row = fromRow; row < toRow; row++) {
            int lumaRow = row * stride;
            int chromaRow = (row / 2) * chromaStride;
            for (int col = 0; col < width; col++) {
                int c = chromaRow + col / 2;
                int key = (luma[lumaRow + col] & 0xFF) << 16 | (cb[c] & 0xFF) << 8 | (cr[c] & 0xFF);
                if (key != lastKey) {
                    lastKey = key;
                    lastRgb = YuvColor.toRgb(luma[lumaRow + col], cb[c], cr[c]);
                }
                rgb[(row - fromRow) * width + col] = lastRgb;
            }
        }
        return rgb;
    }
}
