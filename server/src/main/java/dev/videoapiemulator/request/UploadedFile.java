package dev.videoapiemulator.request;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.resteasy.reactive.server.multipart.FileItem;

/** A file part of a multipart request, held by the server (on disk or in memory) until the request ends. */
public record UploadedFile(String fileName, String contentType, FileItem item) {

    public byte[] bytes() {
        try (InputStream in = item.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code n} bytes (fewer if the file is shorter), enough to recognise a format. */
    public byte[] head(int n) {
        try (InputStream in = item.getInputStream()) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
