package dev.videoapiemulator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rational;

/** Small real MP4 files, for uploads of source videos. */
public final class Videos {

    private Videos() {
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
