package dev.videoapiemulator.media;

import dev.videoapiemulator.media.IntraRunEncoder.EncodedRun;

/**
 * Codes a run of one macroblock repeated, at any length, for the price of coding it at three short
 * lengths. From the second copy on, every macroblock is predicted from an identical left neighbour and
 * meets the same entropy contexts, so jcodec gives each the same bits: the slice data is a head (the
 * first two copies) followed by one repeating unit. The repeat is checked, not assumed: the runs of
 * two, three and four copies must nest and the third and fourth copies must match bit for bit, or the
 * run is coded whole by jcodec as before.
 *
 * <p>Not thread-safe, like the {@link IntraRunEncoder} it drives.
 */
final class RepeatedRunEncoder {

    private final IntraRunEncoder encoder;

    RepeatedRunEncoder(IntraRunEncoder encoder) {
        this.encoder = encoder;
    }

    /** A coder for runs of {@code macroblock} (one macroblock packed as by {@link YuvCanvas#macroblockRun}). */
    Repeats of(byte[] macroblock) {
        EncodedRun two = encoder.encode(repeat(macroblock, 2), 2);
        EncodedRun three = encoder.encode(repeat(macroblock, 3), 3);
        EncodedRun four = encoder.encode(repeat(macroblock, 4), 4);
        long headBits = length(two);
        long unitBits = length(three) - headBits;
        boolean repeating = two.qp() == three.qp() && three.qp() == four.qp()
                && unitBits > 0 && length(four) - length(three) == unitBits
                && sameBits(two, 0, three, 0, headBits)
                && sameBits(three, 0, four, 0, headBits + unitBits)
                && sameBits(three, headBits, four, headBits + unitBits, unitBits);
        return new Repeats(macroblock, repeating ? three : null, headBits, unitBits);
    }

    /** Runs of one macroblock; {@code pattern} (three copies) is null when the bits do not repeat. */
    final class Repeats {
        private final byte[] macroblock;
        private final EncodedRun pattern;
        private final long headBits;
        private final long unitBits;

        private Repeats(byte[] macroblock, EncodedRun pattern, long headBits, long unitBits) {
            this.macroblock = macroblock;
            this.pattern = pattern;
            this.headBits = headBits;
            this.unitBits = unitBits;
        }

        /** The run of {@code count} copies, at least two. */
        EncodedRun encode(int count) {
            if (pattern == null) {
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
