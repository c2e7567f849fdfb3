package dev.videoapiemulator.media;

/** Most-significant-bit-first reader over an unescaped RBSP, enough to walk a slice header. */
final class BitSource {

    private final byte[] bytes;
    private long position;

    BitSource(byte[] bytes, long position) {
        this.bytes = bytes;
        this.position = position;
    }

    int bit() {
        int value = (bytes[(int) (position >>> 3)] >>> (7 - (position & 7))) & 1;
        position++;
        return value;
    }

    int bits(int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            value = (value << 1) | bit();
        }
        return value;
    }

    int ue() {
        int leadingZeros = 0;
        while (bit() == 0) {
            leadingZeros++;
        }
        return (1 << leadingZeros) - 1 + bits(leadingZeros);
    }

    int se() {
        int code = ue();
        return (code & 1) != 0 ? (code + 1) / 2 : -(code / 2);
    }

    long position() {
        return position;
    }
}
