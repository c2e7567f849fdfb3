package dev.videoapiemulator.media;

import dev.videoapiemulator.media.IntraRunEncoder.EncodedRun;

/**
 * Codes a run of one flat macroblock repeated, at any length, for the price of coding it at two short
 * lengths. A flat block codes as a DC level only, so it is rebuilt flat; from the second copy on, every
 * copy is then predicted from the same flat neighbour and meets the same entropy contexts, and the
 * {@link IntraRunEncoder} gives each the same bits: the slice data is a head (the first two copies)
 * followed by one repeating unit. Detailed blocks are left out on purpose: their rebuilt right column,
 * and with it the prediction of the next copy, can keep drifting for several copies (the progress
 * bar's stripes showed it). The
 * repeat is still checked, not assumed: the run of three copies must begin the run of four, and the
 * fourth copy must match the third bit for bit, or every run of the colour is coded whole.
 *
 * <p>Not thread-safe, like the {@link IntraRunEncoder} it drives.
 */
final class FlatRunEncoder {

    private final IntraRunEncoder encoder;

    FlatRunEncoder(IntraRunEncoder encoder) {
        this.encoder = encoder;
    }

    /** A coder for runs of a flat {@code macroblock}, packed as by {@link YuvCanvas#macroblockRun}. */
    Runs of(byte[] macroblock) {
        return new Runs(macroblock);
    }

    /** Runs of one flat macroblock: a single copy coded alone, longer runs built once the bits repeat. */
    final class Runs {
        private final byte[] macroblock;
        /** Three copies, whose bits past {@code headBits} are one copy's unit; null until needed or if none. */
        private EncodedRun pattern;
        private boolean checked;
        private long headBits;
        private long unitBits;

        private Runs(byte[] macroblock) {
            this.macroblock = macroblock;
        }

        /** The run of {@code count} copies, at least one. */
        EncodedRun encode(int count) {
            if (count == 1 || !repeating()) {
                return encoder.encode(repeat(macroblock, count), count);
            }
            BitSink out = new BitSink();
            long unitStart = pattern.dataStart() + headBits;
            out.copy(pattern.rbsp(), pattern.dataStart(), unitStart);
            for (int i = 2; i < count; i++) {
                out.copy(pattern.rbsp(), unitStart, unitStart + unitBits);
            }
            return new EncodedRun(count, out.bytes(), 0, out.bitCount(), pattern.qp());
        }

        /** Whether runs of two or more copies are built rather than coded; decided on first use. */
        boolean repeating() {
            if (!checked) {
                checked = true;
                EncodedRun three = encoder.encode(repeat(macroblock, 3), 3);
                EncodedRun four = encoder.encode(repeat(macroblock, 4), 4);
                unitBits = length(four) - length(three);
                headBits = length(three) - unitBits;
                boolean repeats = three.qp() == four.qp() && unitBits > 0 && headBits > 0
                        && sameBits(three, 0, four, 0, length(three))
                        && sameBits(three, headBits, four, length(three), unitBits);
                pattern = repeats ? three : null;
            }
            return pattern != null;
        }
    }

    static byte[] repeat(byte[] macroblock, int count) {
        // packed runs hold 16 luma rows, then 8 Cb and 8 Cr rows, each row count macroblocks wide
        byte[] packed = new byte[macroblock.length * count];
        int at = 0;
        int from = 0;
        for (int row = 0; row < 32; row++) {
            int width = row < 16 ? 16 : 8;
            for (int i = 0; i < count; i++) {
                System.arraycopy(macroblock, from, packed, at, width);
                at += width;
            }
            from += width;
        }
        return packed;
    }

    private static long length(EncodedRun run) {
        return run.dataEnd() - run.dataStart();
    }

    private static boolean sameBits(EncodedRun a, long aOffset, EncodedRun b, long bOffset, long count) {
        for (long i = 0; i < count; i++) {
            if (bit(a.rbsp(), a.dataStart() + aOffset + i) != bit(b.rbsp(), b.dataStart() + bOffset + i)) {
                return false;
            }
        }
        return true;
    }

    private static int bit(byte[] bytes, long position) {
        return (bytes[(int) (position >>> 3)] >>> (7 - (position & 7))) & 1;
    }
}
