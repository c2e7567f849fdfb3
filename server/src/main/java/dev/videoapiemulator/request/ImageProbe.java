package dev.videoapiemulator.request;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Reads the format and pixel size of an image from its header alone (PNG, JPEG, WebP), without
 * decoding it: enough to check a reference image against the requested size.
 */
public final class ImageProbe {

    public record ImageInfo(String mediaType, int width, int height) {
    }

    private ImageProbe() {
    }

    public static Optional<ImageInfo> probe(byte[] b) {
        if (b.length >= 24 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN);
            return Optional.of(new ImageInfo("image/png", buf.getInt(16), buf.getInt(20)));
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return jpeg(b);
        }
        if (b.length >= 32 && ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return webp(b);
        }
        return Optional.empty();
    }

    private static Optional<ImageInfo> jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                int height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                int width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                return Optional.of(new ImageInfo("image/jpeg", width, height));
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static Optional<ImageInfo> webp(byte[] b) {
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        if (ascii(b, 12, "VP8X")) {
            int width = 1 + (buf.getInt(24) & 0xFFFFFF);
            int height = 1 + ((buf.getInt(27)) & 0xFFFFFF);
            return Optional.of(new ImageInfo("image/webp", width, height));
        }
        if (ascii(b, 12, "VP8L") && (b[20] & 0xFF) == 0x2F) {
            int bits = buf.getInt(21);
            return Optional.of(new ImageInfo("image/webp", 1 + (bits & 0x3FFF), 1 + ((bits >>> 14) & 0x3FFF)));
        }
        if (ascii(b, 12, "VP8 ")) {
            int width = buf.getShort(26) & 0x3FFF;
            int height = buf.getShort(28) & 0x3FFF;
            return Optional.of(new ImageInfo("image/webp", width, height));
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] b, int at, String text) {
        if (b.length < at + text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (b[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
