package dev.videoapiemulator.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class YuvCanvasTest {

    private static final YuvColor GREY = YuvColor.ofRgb(0x808080);

    /** One sample changed in one plane, at a macroblock's first or last column, marks that block alone. */
    @ParameterizedTest
    @CsvSource({"0, 0, 0", "0, 15, 0", "0, 16, 1", "0, 79, 4", "1, 7, 0", "1, 8, 1", "2, 39, 4", "2, 24, 3"})
    void aChangedSampleMarksItsMacroblockOnly(int plane, int column, int expectedMb) {
        YuvCanvas before = new YuvCanvas(80, 32);
        before.fill(0, 0, 80, 32, GREY);
        YuvCanvas after = before.copy();
        byte[][] planes = {after.luma, after.cb, after.cr};
        int stride = plane == 0 ? after.stride : after.stride / 2;
        int row = plane == 0 ? 16 + 15 : 8 + 7; // the last sample row of macroblock row 1
        planes[plane][row * stride + column]++;

        BitSet changed = new BitSet();
        after.markChangedMacroblocks(before, 0, 0, 5, changed);
        assertTrue(changed.isEmpty(), "macroblock row 0 is unchanged");
        after.markChangedMacroblocks(before, 1, 0, 5, changed);
        assertEquals(BitSet.valueOf(new long[] {1L << (5 + expectedMb)}), changed);
    }

    @Test
    void changesOutsideTheScannedColumnsAreNotMarked() {
        YuvCanvas before = new YuvCanvas(80, 16);
        YuvCanvas after = before.copy();
        after.fill(0, 0, 16, 16, GREY);
        after.fill(64, 0, 16, 16, GREY);
        BitSet changed = new BitSet();
        after.markChangedMacroblocks(before, 0, 1, 4, changed);
        assertTrue(changed.isEmpty());
        after.markChangedMacroblocks(before, 0, 0, 5, changed);
        assertEquals(BitSet.valueOf(new long[] {0b10001}), changed);
    }

    @Test
    void sameMacroblocksComparesEverySampleOfBothBlocks() {
        YuvCanvas canvas = new YuvCanvas(48, 16);
        canvas.fill(0, 0, 48, 16, GREY);
        assertTrue(canvas.sameMacroblocks(0, 0, 2));
        canvas.cr[7 * canvas.stride / 2 + 16 + 7]++;
        assertFalse(canvas.sameMacroblocks(0, 0, 2));
        assertTrue(canvas.sameMacroblocks(0, 0, 1));
        assertFalse(canvas.isFlat(2, 0));
        assertTrue(canvas.isFlat(1, 0));
    }

    /** A pasted tile gives the picture a fill and a glyph drawn in place would give, clipped the same way. */
    @ParameterizedTest
    @CsvSource({"8, 4", "40, 20", "64, 30"})
    void pastingATileEqualsDrawingInPlace(int x, int y) {
        YuvColor background = YuvColor.ofRgb(0x203040);
        YuvColor ink = YuvColor.ofRgb(0xF0E0D0);
        YuvCanvas drawn = new YuvCanvas(80, 48);
        drawn.fill(x, y, 32, 32, background);
        BitmapFont.drawGlyph(drawn, '7', x + 6, y + 2, 4, ink);

        YuvCanvas tile = new YuvCanvas(32, 32);
        tile.fill(0, 0, 32, 32, background);
        BitmapFont.drawGlyph(tile, '7', 6, 2, 4, ink);
        YuvCanvas pasted = new YuvCanvas(80, 48);
        pasted.paste(tile, x, y);

        assertArrayEquals(drawn.luma, pasted.luma);
        assertArrayEquals(drawn.cb, pasted.cb);
        assertArrayEquals(drawn.cr, pasted.cr);
    }
}
