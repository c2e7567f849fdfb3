package dev.videoapiemulator.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jcodec.codecs.h264.H264Decoder;
import org.jcodec.common.DemuxerTrack;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Mp4SynthesizerTest {

    private static final String PROMPT = "A calico cat playing a grand piano on a dim stage, slow dolly in";
    /** Mean error in one flat macroblock that coding noise stays under (a DC level is off by a step or two). */
    private static final double FLAT_NOISE = 6;
    /** Mean errors coding noise stays under in a block of small text (up to 26 and 9 seen at 1280x720). */
    private static final double TEXT_LUMA_NOISE = 32;
    private static final double TEXT_CHROMA_NOISE = 16;

    @ParameterizedTest
    @CsvSource({"1280, 720, 4", "720, 1280, 4", "854, 480, 2", "480, 480, 3", "64, 34, 1"})
    void decodesToTheRequestedSizeFrameCountAndDuration(int width, int height, int seconds) throws IOException {
        MediaSubject subject = new MediaSubject("video_test_" + width, width, height, seconds, PROMPT);
        byte[] mp4 = Mp4Synthesizer.synthesize(subject);

        MP4Demuxer demuxer = MP4Demuxer.createMP4Demuxer(
                ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(mp4)));
        DemuxerTrack track = demuxer.getVideoTrack();
        DemuxerTrackMeta meta = track.getMeta();
        assertEquals(width, meta.getVideoCodecMeta().getSize().getWidth());
        assertEquals(height, meta.getVideoCodecMeta().getSize().getHeight());
        assertEquals(seconds * 24, meta.getTotalFrames());
        assertEquals(seconds * 1000L, Math.round(meta.getTotalDuration() * 1000));

        FramePainter painter = new FramePainter(subject);
        YuvCanvas expected = new YuvCanvas(width, height);
        H264Decoder decoder = H264Decoder.createH264DecoderFromCodecPrivate(meta.getCodecPrivate());
        byte[][] buffer = Picture.create(expected.stride, expected.mbRows * 16, ColorSpace.YUV420J).getData();
        int frames = 0;
        List<Double> ptsSeconds = new ArrayList<>();
        for (Packet packet = track.nextFrame(); packet != null; packet = track.nextFrame()) {
            Picture decoded = decoder.decodeFrame(packet.getData(), buffer);
            assertEquals(width, decoded.getCroppedWidth());
            assertEquals(height, decoded.getCroppedHeight());
            painter.paintFrame(expected, frames);
            double error = meanLumaError(decoded, expected);
            assertTrue(error < 4, "frame " + frames + " drifted from the painted picture: " + error);
            ptsSeconds.add(packet.getPtsD());
            frames++;
        }
        assertEquals(seconds * 24, frames);
        for (int i = 0; i < ptsSeconds.size(); i++) {
            assertEquals(i / 24.0, ptsSeconds.get(i), 1e-6, "regular cadence at frame " + i);
        }
    }

    /**
     * Checks each macroblock of each frame, not just the picture on average. A macroblock the painter
     * changed must have been coded anew (a wrongly skipped one keeps the previous frame's ball, digit,
     * caption or watermark exactly); a flat one must come back in its colour (a wrongly built flat run
     * shows another); and no block may be further from the painting than coding noise on text goes.
     * Seven seconds with captions and a watermark cross several keyframes, caption changes and
     * watermark moves.
     */
    @ParameterizedTest
    @CsvSource({"640, 360, 7", "720, 1280, 3", "1280, 720, 2", "96, 64, 2"})
    void everyMacroblockOfEveryFrameMatchesThePaintedPicture(int width, int height, int seconds) throws IOException {
        MediaSubject subject = new MediaSubject("video_blocks_" + width, width, height, seconds, PROMPT,
                List.of(new MediaSubject.Caption(0.5, 2.5, "Shot 1: a kite climbs"),
                        new MediaSubject.Caption(2.5, 5, "Shot 2: it dives toward the sea")), true);
        byte[] mp4 = Mp4Synthesizer.synthesize(subject);
        MP4Demuxer demuxer = MP4Demuxer.createMP4Demuxer(
                ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(mp4)));
        DemuxerTrack track = demuxer.getVideoTrack();
        H264Decoder decoder = H264Decoder.createH264DecoderFromCodecPrivate(track.getMeta().getCodecPrivate());
        FramePainter painter = new FramePainter(subject);
        YuvCanvas expected = new YuvCanvas(width, height);
        YuvCanvas previousExpected = null;
        byte[][] previousDecoded = null;
        byte[][] buffer = Picture.create(expected.stride, expected.mbRows * 16, ColorSpace.YUV420J).getData();
        int frame = 0;
        int recoded = 0;
        for (Packet packet = track.nextFrame(); packet != null; packet = track.nextFrame(), frame++) {
            Picture decoded = decoder.decodeFrame(packet.getData(), buffer);
            painter.paintFrame(expected, frame);
            for (int mbY = 0; mbY < height / 16; mbY++) {
                for (int mbX = 0; mbX < width / 16; mbX++) {
                    String where = "frame " + frame + ", macroblock " + mbX + "," + mbY;
                    double luma = blockError(decoded, 0, expected.luma, expected.stride, mbX * 16, mbY * 16, 16);
                    double cb = blockError(decoded, 1, expected.cb, expected.stride / 2, mbX * 8, mbY * 8, 8);
                    double cr = blockError(decoded, 2, expected.cr, expected.stride / 2, mbX * 8, mbY * 8, 8);
                    boolean flat = expected.isFlat(mbX, mbY);
                    double lumaLimit = flat ? FLAT_NOISE : TEXT_LUMA_NOISE;
                    double chromaLimit = flat ? FLAT_NOISE : TEXT_CHROMA_NOISE;
                    assertTrue(luma < lumaLimit && cb < chromaLimit && cr < chromaLimit, where + " differs from the"
                            + " painted picture (mean error Y " + luma + ", Cb " + cb + ", Cr " + cr + ")");
                    if (previousExpected != null && !sameBlock(planes(expected), planes(previousExpected),
                            expected.stride, mbX, mbY)) {
                        assertFalse(sameBlock(planes(decoded), previousDecoded, decoded.getPlaneWidth(0), mbX, mbY),
                                where + " was painted anew but decodes exactly as the frame before");
                        recoded++;
                    }
                }
            }
            previousExpected = expected.copy();
            byte[][] planes = planes(decoded);
            previousDecoded = new byte[][] {planes[0].clone(), planes[1].clone(), planes[2].clone()};
        }
        assertEquals(seconds * FramePainter.FPS, frame);
        assertTrue(recoded > frame, "the moving parts changed only " + recoded + " macroblocks");
    }

    private static byte[][] planes(YuvCanvas canvas) {
        return new byte[][] {canvas.luma, canvas.cb, canvas.cr};
    }

    private static byte[][] planes(Picture picture) {
        return new byte[][] {picture.getPlaneData(0), picture.getPlaneData(1), picture.getPlaneData(2)};
    }

    /** Whether macroblock (mbX, mbY) holds the same samples in two pictures of one layout. */
    private static boolean sameBlock(byte[][] planes, byte[][] others, int lumaStride, int mbX, int mbY) {
        for (int plane = 0; plane < 3; plane++) {
            int size = plane == 0 ? 16 : 8;
            int stride = plane == 0 ? lumaStride : lumaStride / 2;
            for (int row = mbY * size; row < (mbY + 1) * size; row++) {
                int at = row * stride + mbX * size;
                if (!Arrays.equals(planes[plane], at, at + size, others[plane], at, at + size)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void sameSubjectGivesSameBytesAndOtherIdsDiffer() {
        MediaSubject subject = new MediaSubject("video_same", 640, 360, 2, PROMPT);
        byte[] first = Mp4Synthesizer.synthesize(subject);
        assertArrayEquals(first, Mp4Synthesizer.synthesize(subject));
        byte[] other = Mp4Synthesizer.synthesize(new MediaSubject("video_other", 640, 360, 2, PROMPT));
        assertFalse(Arrays.equals(first, other));
    }

    @Test
    void putsTheIndexBeforeTheMediaData() {
        byte[] mp4 = Mp4Synthesizer.synthesize(new MediaSubject("video_faststart", 320, 240, 1, PROMPT));
        List<String> boxes = new ArrayList<>();
        int at = 0;
        while (at < mp4.length) {
            int size = ByteBuffer.wrap(mp4, at, 4).getInt();
            boxes.add(new String(mp4, at + 4, 4, StandardCharsets.US_ASCII));
            at += size;
        }
        assertEquals(List.of("ftyp", "moov", "mdat"), boxes);
        assertEquals(mp4.length, at);
    }

    @Test
    void staysSmallAtTheLargestOfficialLength() {
        byte[] mp4 = Mp4Synthesizer.synthesize(new MediaSubject("video_size", 1280, 720, 12, PROMPT));
        assertTrue(mp4.length <= 1_500_000, "1280x720x12s is " + mp4.length + " bytes");
    }

    @Test
    void rejectsOddOrOutOfRangeSizes() {
        assertThrows(IllegalArgumentException.class,
                () -> Mp4Synthesizer.synthesize(new MediaSubject("v", 1279, 720, 4, PROMPT)));
        assertThrows(IllegalArgumentException.class,
                () -> Mp4Synthesizer.synthesize(new MediaSubject("v", 1280, 720, 0, PROMPT)));
        assertThrows(IllegalArgumentException.class,
                () -> Mp4Synthesizer.synthesize(new MediaSubject("v", 8192, 720, 1, PROMPT)));
    }

    /** Mean absolute difference of a size×size block of one plane. */
    private static double blockError(Picture decoded, int plane, byte[] expected, int expectedStride, int x, int y,
            int size) {
        byte[] samples = decoded.getPlaneData(plane);
        int stride = decoded.getPlaneWidth(plane);
        long sum = 0;
        for (int row = y; row < y + size; row++) {
            for (int col = x; col < x + size; col++) {
                sum += Math.abs(samples[row * stride + col] - expected[row * expectedStride + col]);
            }
        }
        return (double) sum / (size * size);
    }

    private static double meanLumaError(Picture decoded, YuvCanvas expected) {
        byte[] luma = decoded.getPlaneData(0);
        int stride = decoded.getPlaneWidth(0);
        long sum = 0;
        for (int y = 0; y < expected.height; y++) {
            for (int x = 0; x < expected.width; x++) {
                sum += Math.abs(luma[y * stride + x] - expected.luma[y * expected.stride + x]);
            }
        }
        return (double) sum / (expected.width * expected.height);
    }
}
