package dev.videoapiemulator.request;

import java.io.IOException;
import java.util.Optional;
import java.nio.ByteBuffer;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.containers.mp4.MP4Util;
import org.jcodec.containers.mp4.boxes.MovieBox;
import org.jcodec.containers.mp4.boxes.TrakBox;

/** Recognises an uploaded video (MP4 or QuickTime) and reads its frame size and length. */
public final class VideoProbe {

    public record VideoInfo(int width, int height, double seconds) {
    }

    private VideoProbe() {
    }

    public static Optional<VideoInfo> probe(UploadedFile file) {
        byte[] head = file.head(12);
        if (head.length < 12 || head[4] != 'f' || head[5] != 't' || head[6] != 'y' || head[7] != 'p') {
            return Optional.empty();
        }
        try (SeekableByteChannel channel = ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(file.bytes()))) {
            MP4Util.Movie movie = MP4Util.parseFullMovieChannel(channel);
            MovieBox moov = movie == null ? null : movie.getMoov();
            TrakBox track = moov == null ? null : moov.getVideoTrack();
            if (track == null || moov.getTimescale() <= 0) {
                return Optional.empty();
            }
            int width = Math.round(track.getTrackHeader().getWidth());
            int height = Math.round(track.getTrackHeader().getHeight());
            return Optional.of(new VideoInfo(width, height, (double) moov.getDuration() / moov.getTimescale()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
