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

    @Test
    void sameSubjectGivesSameBytesAndOtherIdsDiffer() {
        MediaSubject subject = new MediaSubject("video_same", 640, 360, 2, PROMPT);
        byte[] first = Mp4Synthesizer.synthesize(subject);
        assertArrayEquals(first, Mp4Synthesizer.synthesize(subject));
        byte[] other = Mp4Synthesizer.synthesize(new MediaSubject("video_other", 640, 360, 2, PROMPT));
        assertFalse(java.util.Arrays.equals(first, other));
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
