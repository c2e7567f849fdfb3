package dev.videoapiemulator.media;

import java.util.Arrays;

/** Most-significant-bit-first writer for H.264 syntax (RBSP) with Exp-Golomb codes. */
final class BitSink {

    private byte[] bytes = new byte[256];
    private long bitCount;

    void bit(boolean set) {
        bits(set ? 1 : 0, 1);
    }

    /** Appends the low {@code count} bits of {@code value}, at most 57, filling a byte at a time. */
    void bits(long value, int count) {
        ensure(bitCount + count);
        int left = count;
        while (left > 0) {
            int free = 8 - (int) (bitCount & 7);
            int take = Math.min(free, left);
            int chunk = (int) (value >>> (left - take)) & ((1 << take) - 1);
            bytes[(int) (bitCount >>> 3)] |= (byte) (chunk << (free - take));
            bitCount += take;
            left -= take;
        }
    }

    void ue(int value) {
        long coded = value + 1L;
        int length = 64 - Long.numberOfLeadingZeros(coded);
        bits(0, length - 1);
        bits(coded, length);
    }

    void se(int value) {
        ue(value <= 0 ? -2 * value : 2 * value - 1);
    }

    /** Appends bits [from, to) of an MSB-first buffer, a byte at a time once both sides allow it. */
    void copy(byte[] source, long from, long to) {
        long position = from;
        while (position < to && (position & 7) != 0) {
            bits((source[(int) (position >>> 3)] >>> (7 - (position & 7))) & 1, 1);
            position++;
        }
        int whole = (int) ((to - position) >>> 3);
        ensure(bitCount + whole * 8L + 8);
        int shift = (int) (bitCount & 7);
        int at = (int) (bitCount >>> 3);
        int src = (int) (position >>> 3);
        if (shift == 0) {
            System.arraycopy(source, src, bytes, at, whole);
        } else {
            for (int i = 0; i < whole; i++) {
                int b = source[src + i] & 0xFF;
                bytes[at + i] |= (byte) (b >>> shift);
                bytes[at + i + 1] = (byte) (b << (8 - shift));
            }
        }
        bitCount += whole * 8L;
        position += whole * 8L;
        while (position < to) {
            bits((source[(int) (position >>> 3)] >>> (7 - (position & 7))) & 1, 1);
            position++;
        }
    }

    /** rbsp_trailing_bits: a stop bit, then zeros to the byte boundary. */
    void trailingBits() {
        bits(1, 1);
        while ((bitCount & 7) != 0) {
            bits(0, 1);
        }
    }

    long bitCount() {
        return bitCount;
    }

    /** The written bits, the last byte padded with zeros. */
    byte[] bytes() {
        return Arrays.copyOf(bytes, (int) ((bitCount + 7) >>> 3));
    }

    /** The written bytes as a NAL unit payload: header byte first, emulation prevention applied. */
    byte[] toNal(int nalHeader) {
        int length = (int) ((bitCount + 7) >>> 3);
        byte[] out = new byte[1 + length + length / 2 + 1];
        out[0] = (byte) nalHeader;
        int n = 1;
        int zeros = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (zeros >= 2 && b <= 3) {
                out[n++] = 3;
                zeros = 0;
            }
            out[n++] = (byte) b;
            zeros = b == 0 ? zeros + 1 : 0;
        }
        return Arrays.copyOf(out, n);
    }

    private void ensure(long bits) {
        int needed = (int) ((bits + 7) >>> 3) + 1;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
    }
}
