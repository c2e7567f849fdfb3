package dev.videoapiemulator.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.media.IntraRunEncoder.EncodedRun;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.jcodec.codecs.h264.H264Decoder;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;

class IntraRunEncoderTest {

    private static final int MACROBLOCKS = 8;
    private static final int WIDTH = MACROBLOCKS * 16;

    private final YuvCanvas canvas = textOnAPanel();
    private final AvcParameterSets parameterSets = new AvcParameterSets(WIDTH, 16, 48);
    private final SliceWriter slices = new SliceWriter(parameterSets);
    /** One coder for every run, as a video uses it, so nothing of one run may leak into the next. */
    private final IntraRunEncoder encoder = new IntraRunEncoder();

    /**
     * Text comes back within coding noise of the samples, and flat blocks, even those predicted from
     * text, within one level.
     */
    @Test
    void aRunDecodesToItsSamples() {
        Picture decoded = decode(slice(0, MACROBLOCKS, 0));
        for (int mb = 0; mb < MACROBLOCKS; mb++) {
            double error = lumaError(decoded, mb);
            double limit = canvas.isFlat(mb, 0) ? 1.01 : 8;
            assertTrue(error < limit, "macroblock " + mb + " is off by " + error + " on average");
        }
    }

    /** A run's first macroblock predicts from nothing, so the run decodes the same at any place. */
    @Test
    void aRunDecodesTheSameWhereverItsSliceStarts() {
        int half = MACROBLOCKS / 2;
        Picture inOrder = decode(slice(0, half, 0), slice(half, half, half));
        Picture swapped = decode(slice(half, half, 0), slice(0, half, half));
        for (int mb = 0; mb < half; mb++) {
            assertArrayEquals(block(inOrder, half + mb), block(swapped, mb), "macroblock " + (half + mb));
            assertArrayEquals(block(inOrder, mb), block(swapped, half + mb), "macroblock " + mb);
        }
    }

    private static YuvCanvas textOnAPanel() {
        YuvCanvas canvas = new YuvCanvas(WIDTH, 16);
        canvas.fill(0, 0, WIDTH, 16, YuvColor.ofRgb(0x2A4D6E));
        BitmapFont.draw(canvas, "K7 W", 4, 1, 2, YuvColor.ofRgb(0xF2F2F2));
        return canvas;
    }

    /** The canvas's macroblocks [from, from + count) coded as one IDR slice placed at {@code firstMb}. */
    private byte[] slice(int from, int count, int firstMb) {
        EncodedRun run = encoder.encode(canvas.macroblockRun(0, from, count), count);
        return slices.intraSlice(run, firstMb, true, 0, 0);
    }

    private Picture decode(byte[]... slices) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (byte[] nal : concat(parameterSets.sps(), parameterSets.pps(), slices)) {
            stream.writeBytes(new byte[] {0, 0, 0, 1});
            stream.writeBytes(nal);
        }
        byte[][] buffer = Picture.create(WIDTH, 16, ColorSpace.YUV420J).getData();
        return new H264Decoder().decodeFrame(ByteBuffer.wrap(stream.toByteArray()), buffer);
    }

    private static byte[][] concat(byte[] sps, byte[] pps, byte[][] slices) {
        byte[][] all = Arrays.copyOf(new byte[][] {sps, pps}, 2 + slices.length);
        System.arraycopy(slices, 0, all, 2, slices.length);
        return all;
    }

    private double lumaError(Picture decoded, int mb) {
        long sum = 0;
        for (int row = 0; row < 16; row++) {
            for (int col = mb * 16; col < mb * 16 + 16; col++) {
                sum += Math.abs(decoded.getPlaneData(0)[row * WIDTH + col] - canvas.luma[row * canvas.stride + col]);
            }
        }
        return sum / 256.0;
    }

    private static byte[] block(Picture decoded, int mb) {
        ByteArrayOutputStream samples = new ByteArrayOutputStream();
        for (int row = 0; row < 16; row++) {
            samples.write(decoded.getPlaneData(0), row * WIDTH + mb * 16, 16);
        }
        for (int plane = 1; plane < 3; plane++) {
            for (int row = 0; row < 8; row++) {
                samples.write(decoded.getPlaneData(plane), row * WIDTH / 2 + mb * 8, 8);
            }
        }
        return samples.toByteArray();
    }
}
