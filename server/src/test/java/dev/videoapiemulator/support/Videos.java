package dev.videoapiemulator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rational;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;

/** Small real MP4 files, for uploads of source videos; and what a downloaded MP4 holds. */
public final class Videos {

    public record Shape(int width, int height, double seconds) {
    }

    private Videos() {
    }

    /** Frame size and length of an MP4, as its video track states them. */
    public static Shape shapeOf(byte[] mp4) {
        try {
            DemuxerTrackMeta meta = MP4Demuxer.createMP4Demuxer(
                    ByteBufferSeekableByteChannel.readFromByteBuffer(java.nio.ByteBuffer.wrap(mp4))).getVideoTrack()
                    .getMeta();
            return new Shape(meta.getVideoCodecMeta().getSize().getWidth(),
                    meta.getVideoCodecMeta().getSize().getHeight(), meta.getTotalDuration());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] mp4(int width, int height, int frames, int fps) {
        ByteBufferSeekableByteChannel channel = ByteBufferSeekableByteChannel.writeToByteBuffer(
                java.nio.ByteBuffer.allocate(1 << 20));
        try {
            SequenceEncoder encoder = new SequenceEncoder(channel, Rational.R(fps, 1), org.jcodec.common.Format.MOV,
                    org.jcodec.common.Codec.H264, null);
            Picture picture = Picture.create(width, height, ColorSpace.RGB);
            for (int i = 0; i < frames; i++) {
                encoder.encodeNativeFrame(picture);
            }
            encoder.finish();
            java.nio.ByteBuffer written = channel.getContents();
            byte[] bytes = new byte[written.remaining()];
            written.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
