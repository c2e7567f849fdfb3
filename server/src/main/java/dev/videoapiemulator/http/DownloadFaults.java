package dev.videoapiemulator.http;

import dev.videoapiemulator.scenario.DownloadAnswer;
import dev.videoapiemulator.scenario.ScenarioErrors;
import dev.videoapiemulator.media.MediaAsset;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;

/**
 * Downloads as a scenario breaks them: an error instead of the bytes, corrupt bytes, fewer bytes
 * than promised, a wrong Content-Length, or a slow dribble. Downloads run on worker threads, so the
 * dribble may sleep between chunks.
 */
@Singleton
public class DownloadFaults {

    /** How often a dribbling download sends its next chunk. */
    static final int TICKS_PER_SECOND = 10;
    /** Bytes left intact at the start of a corrupted file, so its type is still recognised. */
    static final int INTACT_HEADER = 64;

    @Inject
    MediaResponses responses;
    @Inject
    CurrentVertxRequest vertx;

    public Response serve(DownloadAnswer answer, MediaAsset asset, String fileName, String range,
            String ifNoneMatch) {
        if (answer.status() != null) {
            throw ScenarioErrors.of(answer.status(), answer.error(), answer.headers()).exception();
        }
        byte[] bytes = Boolean.TRUE.equals(answer.corrupt()) ? corrupt(asset.bytes()) : asset.bytes();
        boolean streamed = answer.truncateAt() != null || answer.bytesPerSecond() != null
                || answer.contentLength() != null;
        if (!streamed) {
            return responses.serve(new MediaAsset(bytes, asset.contentType(), asset.etag()), fileName, range,
                    ifNoneMatch);
        }
        int sent = answer.truncateAt() == null ? bytes.length : (int) Math.min(bytes.length, answer.truncateAt());
        long declared = answer.contentLength() != null ? answer.contentLength() : bytes.length;
        StreamingOutput body = out -> {
            send(out, bytes, sent, answer.bytesPerSecond());
            if (sent != declared) {
                // The client was promised another length: ending the connection is how it finds out.
                out.flush();
                vertx.getCurrent().request().connection().close();
            }
        };
        Response.ResponseBuilder builder = Response.ok(body, asset.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, declared)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.ETAG, asset.etag());
        answer.headers().forEach(builder::header);
        return builder.build();
    }

    private static void send(OutputStream out, byte[] bytes, int length, Long bytesPerSecond) throws IOException {
        if (bytesPerSecond == null) {
            out.write(bytes, 0, length);
            return;
        }
        int chunk = (int) Math.max(1, bytesPerSecond / TICKS_PER_SECOND);
        for (int at = 0; at < length; at += chunk) {
            out.write(bytes, at, Math.min(chunk, length - at));
            out.flush();
            try {
                Thread.sleep(1000 / TICKS_PER_SECOND);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("download interrupted");
            }
        }
    }

    /** Flips bits through the body, leaving the header so the file still looks like what it claims. */
    static byte[] corrupt(byte[] original) {
        byte[] copy = original.clone();
        for (int i = INTACT_HEADER; i < copy.length; i += 97) {
            copy[i] = (byte) ~copy[i];
        }
        return copy;
    }
}
