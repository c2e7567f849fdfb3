package dev.videoapiemulator.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.media.FramePainter.MbRect;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.jcodec.codecs.h264.H264Decoder;
import org.jcodec.common.DemuxerTrack;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.junit.jupiter.api.Test;

/** Decodes synthesized videos and looks where storyboard captions and the watermark should be. */
class OverlayPainterTest {

    private static final String ID = "sora-2:task_01kbhfs5yceakr1pa0qrfzfeqk";
    private static final String PROMPT = "Shot 1: a fridge opens. Shot 2: a purple monster waves";
    private static final int FPS = FramePainter.FPS;
    /** Mean luma difference, in sample steps, above which two pictures of a region show different things. */
    private static final double VISIBLE = 6;
    /** Mean luma difference below which they show the same thing (coding noise only). */
    private static final double SAME = 2;

    private static final List<MediaSubject.Caption> SHOTS = List.of(
            new MediaSubject.Caption(0, 2, "Shot 1: The fridge door opens"),
            new MediaSubject.Caption(2, 3, "Shot 2: A purple monster comes out and waves at the camera"));

    private final MediaSubject plain = new MediaSubject(ID, 640, 360, 4, PROMPT);
    private final MediaSubject captioned = new MediaSubject(ID, 640, 360, 4, PROMPT, SHOTS, false);
    private final MediaSubject watermarked = new MediaSubject(ID, 640, 360, 4, PROMPT, List.of(), true);

    @Test
    void aShotsCaptionShowsDuringItsSpanOnly() throws IOException {
        MbRect region = new FramePainter(captioned).overlay().captionRegion();
        int inFirst = FPS;
        int inSecond = 2 * FPS + FPS / 2;
        int afterAll = 3 * FPS + FPS / 2;

        byte[][] plainFrames = decode(plain, inFirst, inSecond, afterAll);
        byte[][] captionFrames = decode(captioned, inFirst, inSecond, afterAll);

        assertTrue(difference(plainFrames[0], captionFrames[0], region) > VISIBLE, "shot 1 caption missing");
        assertTrue(difference(plainFrames[1], captionFrames[1], region) > VISIBLE, "shot 2 caption missing");
        assertTrue(difference(captionFrames[0], captionFrames[1], region) > VISIBLE, "shots 1 and 2 look alike");
        assertTrue(difference(plainFrames[2], captionFrames[2], region) < SAME, "caption shown past its span");
        MbRect card = new MbRect(0, 0, 640 / 16, 4);
        assertTrue(difference(plainFrames[0], captionFrames[0], card) < SAME, "caption leaked onto the card");
    }

    @Test
    void theWatermarkIsVisibleAndMovesEveryFewSeconds() throws IOException {
        OverlayPainter overlay = new FramePainter(watermarked).overlay();
        int early = FPS / 2;
        int later = OverlayPainter.WATERMARK_SECONDS * FPS + FPS / 2;
        MbRect first = overlay.watermarkSlot(early);
        MbRect second = overlay.watermarkSlot(later);
        assertNotEquals(first, second);

        byte[][] plainFrames = decode(plain, early, later);
        byte[][] markFrames = decode(watermarked, early, later);

        assertTrue(difference(plainFrames[0], markFrames[0], first) > VISIBLE, "no watermark at first");
        assertTrue(difference(plainFrames[1], markFrames[1], second) > VISIBLE, "no watermark after moving");
        assertTrue(difference(plainFrames[1], markFrames[1], first) < SAME, "the old mark stayed behind");
    }

    @Test
    void overlaysKeepTheVideoDeterministic() {
        MediaSubject both = new MediaSubject(ID, 320, 240, 3, PROMPT, SHOTS, true);
        assertArrayEquals(Mp4Synthesizer.synthesize(both), Mp4Synthesizer.synthesize(both));
    }

    /** The luma planes of the given frames (ascending), in the padded layout of a {@link YuvCanvas}. */
    private static byte[][] decode(MediaSubject subject, int... frames) throws IOException {
        byte[] mp4 = Mp4Synthesizer.synthesize(subject);
        DemuxerTrack track = MP4Demuxer.createMP4Demuxer(
                ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(mp4))).getVideoTrack();
        H264Decoder decoder = H264Decoder.createH264DecoderFromCodecPrivate(track.getMeta().getCodecPrivate());
        YuvCanvas layout = new YuvCanvas(subject.width(), subject.height());
        byte[][] buffer = Picture.create(layout.stride, layout.mbRows * 16, ColorSpace.YUV420J).getData();
        byte[][] out = new byte[frames.length][];
        int wanted = 0;
        int index = 0;
        for (Packet packet = track.nextFrame(); packet != null && wanted < frames.length; packet = track.nextFrame()) {
            Picture picture = decoder.decodeFrame(packet.getData(), buffer);
            if (index++ == frames[wanted]) {
                out[wanted++] = picture.getPlaneData(0).clone();
            }
        }
        return out;
    }

    private static double difference(byte[] a, byte[] b, MbRect region) {
        int stride = (640 + 15) / 16 * 16;
        long sum = 0;
        int count = 0;
        for (int y = region.y() * 16; y < (region.y() + region.height()) * 16 && y < 360; y++) {
            for (int x = region.x() * 16; x < (region.x() + region.width()) * 16 && x < 640; x++) {
                sum += Math.abs(a[y * stride + x] - b[y * stride + x]);
                count++;
            }
        }
        return (double) sum / count;
    }
}
