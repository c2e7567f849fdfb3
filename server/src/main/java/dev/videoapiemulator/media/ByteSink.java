package dev.videoapiemulator.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable big-endian byte buffer with helpers for size-prefixed ISO BMFF boxes. */
final class ByteSink {

    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    void u8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void u16(int value) {
        ensure(2);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    void u32(int value) {
        ensure(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    void bytes(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    void zeros(int count) {
        ensure(count);
        size += count;
    }

    void ascii(String text) {
        byte[] encoded = text.getBytes(StandardCharsets.US_ASCII);
        bytes(encoded, 0, encoded.length);
    }

    /** Starts a box and returns its offset, for {@link #close}. */
    int open(String type) {
        int at = size;
        u32(0);
        ascii(type);
        return at;
    }

    void close(int boxStart) {
        patch32(boxStart, size - boxStart);
    }

    void patch32(int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    int size() {
        return size;
    }

    /** The backing array; only the first {@link #size()} bytes are meaningful. */
    byte[] array() {
        return bytes;
    }

    private void ensure(int extra) {
        if (size + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + extra, bytes.length * 2));
        }
    }
}
