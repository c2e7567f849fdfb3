package dev.videoapiemulator.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.media.IntraRunEncoder.EncodedRun;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FlatRunEncoderTest {

    /** Built runs must be the very bits the intra coder writes for the whole run, at every length. */
    @Test
    void builtRunsEqualTheWholeRunCoded() {
        SplittableRandom random = new SplittableRandom(11);
        for (int colour = 0; colour < 24; colour++) {
            YuvCanvas canvas = new YuvCanvas(16, 16);
            canvas.fill(0, 0, 16, 16, YuvColor.ofRgb(colour == 0 ? 0x000000 : colour == 1 ? 0xFFFFFF
                    : random.nextInt(0x1000000)));
            byte[] macroblock = canvas.macroblockRun(0, 0, 1);
            FlatRunEncoder.Runs runs = new FlatRunEncoder(new IntraRunEncoder()).of(macroblock);
            assertTrue(runs.repeating(), "colour " + colour + " should repeat from the second copy");
            for (int count = 1; count <= 50; count++) {
                EncodedRun built = runs.encode(count);
                EncodedRun coded = new IntraRunEncoder().encode(FlatRunEncoder.repeat(macroblock, count), count);
                assertEquals(bits(coded), bits(built), "colour " + colour + ", " + count + " copies");
                assertEquals(coded.qp(), built.qp());
                assertEquals(count, built.macroblocks());
            }
        }
    }

    @Test
    void repeatCopiesEachSampleRowAcrossTheRun() {
        YuvCanvas canvas = new YuvCanvas(16, 16);
        canvas.fill(0, 0, 16, 8, YuvColor.ofRgb(0x102030));
        canvas.fill(0, 8, 16, 8, YuvColor.ofRgb(0xA0B0C0));
        YuvCanvas wide = new YuvCanvas(48, 16);
        for (int x = 0; x < 48; x += 16) {
            wide.fill(x, 0, 16, 8, YuvColor.ofRgb(0x102030));
            wide.fill(x, 8, 16, 8, YuvColor.ofRgb(0xA0B0C0));
        }
        assertEquals(java.util.Arrays.toString(wide.macroblockRun(0, 0, 3)),
                java.util.Arrays.toString(FlatRunEncoder.repeat(canvas.macroblockRun(0, 0, 1), 3)));
    }

    private static String bits(EncodedRun run) {
        StringBuilder out = new StringBuilder();
        for (long i = run.dataStart(); i < run.dataEnd(); i++) {
            out.append((run.rbsp()[(int) (i >>> 3)] >>> (7 - (i & 7))) & 1);
        }
        return out.toString();
    }
}
