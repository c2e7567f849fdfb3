package dev.videoapiemulator.media;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * A small lossless WebP (VP8L) writer for opaque pictures. It uses no transforms and a single set of
 * prefix codes; its only compression is LZ77 copies of the pixel to the left or the pixel above, which is
 * what flat synthetic frames need. Decoders accept it like any other VP8L stream.
 */
final class WebpLosslessEncoder {

    private static final int MAX_DIMENSION = 16384;
    private static final int MAX_COPY = 4096;
    private static final int MIN_COPY = 3;
    /** VP8L distance codes for the pixel above and the pixel to the left (the first two plane codes). */
    private static final int DISTANCE_ABOVE = 1;
    private static final int DISTANCE_LEFT = 2;
    private static final int LENGTH_PREFIXES = 24;
    private static final int[] CODE_LENGTH_ORDER = {17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

    private WebpLosslessEncoder() {
    }

    /** @param rgb 0xRRGGBB pixels, row by row */
    static byte[] encode(int[] rgb, int width, int height) {
        if (width < 1 || height < 1 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
            throw new IllegalArgumentException("WebP dimensions must be 1.." + MAX_DIMENSION);
        }
        int[] tokens = tokenize(rgb, width);
        int[] green = new int[256 + LENGTH_PREFIXES];
        int[] red = new int[256];
        int[] blue = new int[256];
        int[] alpha = new int[256];
        int[] distance = new int[40];
        for (int i = 0; i < tokens.length; i++) {
            int token = tokens[i];
            if (token >= 0) {
                green[(token >> 8) & 0xFF]++;
                red[(token >> 16) & 0xFF]++;
                blue[token & 0xFF]++;
                alpha[255]++;
            } else {
                green[256 + prefix(copyLength(token))]++;
                distance[prefix(copyDistance(token))]++;
            }
        }

        LsbBitWriter out = new LsbBitWriter(rgb.length / 2 + 1024);
        out.write(0x2F, 8); // VP8L signature
        out.write(width - 1, 14);
        out.write(height - 1, 14);
        out.write(0, 1); // no alpha
        out.write(0, 3); // version
        out.write(0, 1); // no transforms
        out.write(0, 1); // no colour cache
        out.write(0, 1); // one prefix-code group for the whole image
        PrefixCode greenCode = PrefixCode.write(out, green);
        PrefixCode redCode = PrefixCode.write(out, red);
        PrefixCode blueCode = PrefixCode.write(out, blue);
        PrefixCode alphaCode = PrefixCode.write(out, alpha);
        PrefixCode distanceCode = PrefixCode.write(out, distance);
        for (int token : tokens) {
            if (token >= 0) {
                greenCode.emit(out, (token >> 8) & 0xFF);
                redCode.emit(out, (token >> 16) & 0xFF);
                blueCode.emit(out, token & 0xFF);
                alphaCode.emit(out, 255);
            } else {
                int length = copyLength(token);
                greenCode.emit(out, 256 + prefix(length));
                extraBits(out, length);
                int dist = copyDistance(token);
                distanceCode.emit(out, prefix(dist));
                extraBits(out, dist);
            }
        }
        return riff(out.toBytes());
    }

    /**
     * Greedy LZ77 over two candidate sources. Literals are the pixel (non-negative); copies are negative:
     * bit 31 set, the distance code in bits 12..13 and length - 1 in bits 0..11.
     */
    private static int[] tokenize(int[] rgb, int width) {
        int[] tokens = new int[rgb.length];
        int count = 0;
        int i = 0;
        while (i < rgb.length) {
            int left = 0;
            if (i > 0) {
                while (i + left < rgb.length && left < MAX_COPY && rgb[i + left] == rgb[i + left - 1]) {
                    left++;
                }
            }
            int above = 0;
            if (i >= width) {
                while (i + above < rgb.length && above < MAX_COPY && rgb[i + above] == rgb[i + above - width]) {
                    above++;
                }
            }
            int best = Math.max(left, above);
            if (best >= MIN_COPY) {
                int code = above >= left ? DISTANCE_ABOVE : DISTANCE_LEFT;
                tokens[count++] = 0x80000000 | (code << 12) | (best - 1);
                i += best;
            } else {
                tokens[count++] = rgb[i] & 0xFFFFFF;
                i++;
            }
        }
        return Arrays.copyOf(tokens, count);
    }

    private static int copyLength(int token) {
        return (token & 0xFFF) + 1;
    }

    private static int copyDistance(int token) {
        return (token >> 12) & 0x3;
    }

    /** The VP8L prefix code of a length or distance value (values start at 1). */
    static int prefix(int value) {
        int d = value - 1;
        if (d < 4) {
            return d;
        }
        int highest = 31 - Integer.numberOfLeadingZeros(d);
        return 2 * highest + ((d >> (highest - 1)) & 1);
    }

    private static void extraBits(LsbBitWriter out, int value) {
        int d = value - 1;
        if (d < 4) {
            return;
        }
        int highest = 31 - Integer.numberOfLeadingZeros(d);
        out.write(d & ((1 << (highest - 1)) - 1), highest - 1);
    }

    private static byte[] riff(byte[] vp8l) {
        int padded = vp8l.length + (vp8l.length & 1);
        byte[] file = new byte[20 + padded];
        ascii(file, 0, "RIFF");
        le32(file, 4, 12 + padded);
        ascii(file, 8, "WEBP");
        ascii(file, 12, "VP8L");
        le32(file, 16, vp8l.length);
        System.arraycopy(vp8l, 0, file, 20, vp8l.length);
        return file;
    }

    private static void ascii(byte[] target, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            target[at + i] = (byte) text.charAt(i);
        }
    }

    private static void le32(byte[] target, int at, int value) {
        target[at] = (byte) value;
        target[at + 1] = (byte) (value >>> 8);
        target[at + 2] = (byte) (value >>> 16);
        target[at + 3] = (byte) (value >>> 24);
    }

    /** Canonical prefix code, stored bit-reversed because VP8L streams are read least significant bit first. */
    private static final class PrefixCode {
        private final int[] lengths;
        private final int[] codes;

        private PrefixCode(int[] lengths) {
            this.lengths = lengths;
            this.codes = canonicalReversed(lengths);
        }

        void emit(LsbBitWriter out, int symbol) {
            out.write(codes[symbol], lengths[symbol]);
        }

        /** Writes the code for a histogram and returns it. One or no used symbol takes the zero-bit simple form. */
        static PrefixCode write(LsbBitWriter out, int[] histogram) {
            int used = 0;
            int only = 0;
            for (int s = 0; s < histogram.length; s++) {
                if (histogram[s] > 0) {
                    used++;
                    only = s;
                }
            }
            if (used <= 1 && only < 256) {
                out.write(1, 1); // simple code
                out.write(0, 1); // one symbol
                if (only > 1) {
                    out.write(1, 1);
                    out.write(only, 8);
                } else {
                    out.write(0, 1);
                    out.write(only, 1);
                }
                return new PrefixCode(new int[histogram.length]);
            }
            int[] counts = histogram.clone();
            if (used == 1) {
                counts[only == 0 ? 1 : 0] = 1;
            }
            int[] lengths = lengths(counts, 15);
            writeLengths(out, lengths);
            return new PrefixCode(lengths);
        }

        /** Code lengths run-length coded with codes 17 and 18 for zeros, themselves prefix coded. */
        private static void writeLengths(LsbBitWriter out, int[] lengths) {
            int[] symbols = new int[lengths.length];
            int[] extras = new int[lengths.length];
            int n = 0;
            for (int i = 0; i < lengths.length; ) {
                if (lengths[i] == 0) {
                    int run = 1;
                    while (i + run < lengths.length && lengths[i + run] == 0 && run < 138) {
                        run++;
                    }
                    if (run >= 11) {
                        symbols[n] = 18;
                        extras[n++] = run - 11;
                        i += run;
                        continue;
                    }
                    if (run >= 3) {
                        symbols[n] = 17;
                        extras[n++] = run - 3;
                        i += run;
                        continue;
                    }
                }
                symbols[n++] = lengths[i++];
            }
            int[] histogram = new int[19];
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                if (histogram[symbols[i]]++ == 0) {
                    distinct++;
                }
            }
            if (distinct == 1) {
                histogram[symbols[0] == 0 ? 1 : 0] = 1;
            }
            int[] codeLengthLengths = lengths(histogram, 7);
            int[] codeLengthCodes = canonicalReversed(codeLengthLengths);
            int count = CODE_LENGTH_ORDER.length;
            while (count > 4 && codeLengthLengths[CODE_LENGTH_ORDER[count - 1]] == 0) {
                count--;
            }
            out.write(0, 1); // normal code
            out.write(count - 4, 4);
            for (int i = 0; i < count; i++) {
                out.write(codeLengthLengths[CODE_LENGTH_ORDER[i]], 3);
            }
            out.write(0, 1); // lengths for the whole alphabet follow
            for (int i = 0; i < n; i++) {
                int symbol = symbols[i];
                out.write(codeLengthCodes[symbol], codeLengthLengths[symbol]);
                if (symbol == 17) {
                    out.write(extras[i], 3);
                } else if (symbol == 18) {
                    out.write(extras[i], 7);
                }
            }
        }

        /** Huffman code lengths no longer than {@code limit}, flattening the counts until they fit. */
        static int[] lengths(int[] histogram, int limit) {
            long[] counts = new long[histogram.length];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = histogram[i];
            }
            while (true) {
                int[] lengths = huffman(counts);
                if (Arrays.stream(lengths).max().orElse(0) <= limit) {
                    return lengths;
                }
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0) {
                        counts[i] = Math.max(1, counts[i] >> 1);
                    }
                }
            }
        }

        private static int[] huffman(long[] counts) {
            int symbols = counts.length;
            int[] parent = new int[2 * symbols];
            long[] weight = new long[2 * symbols];
            PriorityQueue<Integer> queue = new PriorityQueue<>((a, b) ->
                    weight[a] != weight[b] ? Long.compare(weight[a], weight[b]) : Integer.compare(a, b));
            for (int s = 0; s < symbols; s++) {
                if (counts[s] > 0) {
                    weight[s] = counts[s];
                    queue.add(s);
                }
            }
            int next = symbols;
            while (queue.size() > 1) {
                int a = queue.poll();
                int b = queue.poll();
                weight[next] = weight[a] + weight[b];
                parent[a] = next;
                parent[b] = next;
                queue.add(next++);
            }
            int root = next - 1;
            int[] lengths = new int[symbols];
            for (int s = 0; s < symbols; s++) {
                if (counts[s] > 0) {
                    int depth = 0;
                    for (int node = s; node != root; node = parent[node]) {
                        depth++;
                    }
                    lengths[s] = depth;
                }
            }
            return lengths;
        }

        private static int[] canonicalReversed(int[] lengths) {
            int[] perLength = new int[16];
            for (int length : lengths) {
                perLength[length]++;
            }
            perLength[0] = 0;
            int[] nextCode = new int[16];
            int code = 0;
            for (int bits = 1; bits < 16; bits++) {
                code = (code + perLength[bits - 1]) << 1;
                nextCode[bits] = code;
            }
            int[] codes = new int[lengths.length];
            for (int s = 0; s < lengths.length; s++) {
                int length = lengths[s];
                if (length > 0) {
                    codes[s] = Integer.reverse(nextCode[length]++) >>> (32 - length);
                }
            }
            return codes;
        }
    }

    /** Least-significant-bit-first writer, as VP8L packs its fields. */
    private static final class LsbBitWriter {
        private byte[] bytes;
        private int size;
        private long pending;
        private int pendingBits;

        LsbBitWriter(int capacity) {
            bytes = new byte[capacity];
        }

        void write(int value, int count) {
            if (count == 0) {
                return;
            }
            pending |= ((long) value & ((1L << count) - 1)) << pendingBits;
            pendingBits += count;
            while (pendingBits >= 8) {
                if (size == bytes.length) {
                    bytes = Arrays.copyOf(bytes, bytes.length * 2);
                }
                bytes[size++] = (byte) pending;
                pending >>>= 8;
                pendingBits -= 8;
            }
        }

        byte[] toBytes() {
            byte[] out = Arrays.copyOf(bytes, size + (pendingBits > 0 ? 1 : 0));
            if (pendingBits > 0) {
                out[size] = (byte) pending;
            }
            return out;
        }
    }
}
