package dev.videoapiemulator.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends a {@link HostileRequest} over a plain socket and reads the answer, so that nothing between
 * the generator and the server repairs the request. Every read has a timeout: a hang is an answer too.
 */
public final class RawHttp {

    static final int READ_TIMEOUT_MS = 15_000;
    private static final int BODY_CAP = 1 << 20;
    private static final int CHUNK = 64 * 1024;

    /** Writes large bodies while the answer is read, since the server may answer before reading them. */
    private static final ExecutorService WRITERS = Executors.newCachedThreadPool(run -> {
        Thread thread = new Thread(run, "hostile-writer");
        thread.setDaemon(true);
        return thread;
    });

    private final String host;
    private final int port;
    private final String apiKey;

    public RawHttp(String host, int port, String apiKey) {
        this.host = host;
        this.port = port;
        this.apiKey = apiKey;
    }

    public RawAnswer send(HostileRequest request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            byte[] head = request.head(host + ":" + port, apiKey);
            Future<?> writing = WRITERS.submit(() -> {
                write(out, head, request);
                return null;
            });
            RawAnswer answer = read(socket.getInputStream());
            writing.cancel(true);
            return answer;
        } catch (IOException e) {
            return RawAnswer.failed("could not connect: " + e);
        }
    }

    private static void write(OutputStream out, byte[] head, HostileRequest request) throws IOException {
        out.write(head);
        byte[] body = request.body();
        if (request.length() == HostileRequest.Length.CHUNKED) {
            for (int at = 0; at < body.length; at += CHUNK) {
                int size = Math.min(CHUNK, body.length - at);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, at, size);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else {
            for (int at = 0; at < body.length; at += CHUNK) {
                out.write(body, at, Math.min(CHUNK, body.length - at));
            }
        }
        out.flush();
    }

    private static RawAnswer read(InputStream in) {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        try {
            String statusLine = line(in, seen);
            if (statusLine == null) {
                return RawAnswer.closed();
            }
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                return RawAnswer.failed("not an HTTP status line: " + Printable.clip(statusLine, 200));
            }
            int status = Integer.parseInt(parts[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in, seen); header != null && !header.isEmpty(); header = line(in, seen)) {
                int colon = header.indexOf(':');
                if (colon > 0) {
                    headers.merge(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            header.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
                }
            }
            byte[] body;
            if (status == 304 || status == 204 || (status >= 100 && status < 200)) {
                body = new byte[0];
            } else if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
                body = chunked(in, seen);
            } else if (headers.containsKey("content-length")) {
                body = exactly(in, Math.min(BODY_CAP, Integer.parseInt(headers.get("content-length"))));
            } else {
                body = untilClosed(in);
            }
            return new RawAnswer(status, headers, body, null);
        } catch (SocketTimeoutException e) {
            return RawAnswer.failed("no complete answer within " + READ_TIMEOUT_MS + " ms (hang); read so far: "
                    + Printable.bytes(seen.toByteArray(), 200));
        } catch (IOException e) {
            return seen.size() == 0 ? RawAnswer.closed()
                    : RawAnswer.failed("connection broke mid-answer (" + e + "); read so far: "
                            + Printable.bytes(seen.toByteArray(), 200));
        } catch (NumberFormatException e) {
            return RawAnswer.failed("unreadable answer: " + e);
        }
    }

    /** One CRLF-terminated line, or null at end of stream before any byte. */
    private static String line(InputStream in, ByteArrayOutputStream seen) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            seen.write(b);
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        if (line.size() == 0) {
            return null;
        }
        throw new IOException("stream ended inside a line");
    }

    private static byte[] exactly(InputStream in, int count) throws IOException {
        byte[] bytes = in.readNBytes(count);
        if (bytes.length < count) {
            throw new IOException("body ended after " + bytes.length + " of " + count + " bytes");
        }
        return bytes;
    }

    private static byte[] chunked(InputStream in, ByteArrayOutputStream seen) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in, seen);
            if (sizeLine == null) {
                throw new IOException("chunked body ended early");
            }
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                for (String trailer = line(in, seen); trailer != null && !trailer.isEmpty(); trailer = line(in, seen)) {
                    // trailers are not needed
                }
                return body.toByteArray();
            }
            byte[] chunk = exactly(in, size);
            if (body.size() < BODY_CAP) {
                body.writeBytes(chunk);
            }
            line(in, seen);
        }
    }

    private static byte[] untilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0 && body.size() < BODY_CAP) {
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    /**
     * What came back: a status, headers and body; or the connection closed before any byte
     * ({@link #closedWithoutAnswer()}); or {@code problem} says why there is no usable answer.
     */
    public record RawAnswer(int status, Map<String, String> headers, byte[] body, String problem) {

        static RawAnswer closed() {
            return new RawAnswer(-1, Map.of(), new byte[0], null);
        }

        static RawAnswer failed(String problem) {
            return new RawAnswer(-1, Map.of(), new byte[0], problem);
        }

        public boolean closedWithoutAnswer() {
            return status < 0 && problem == null;
        }

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        @Override
        public String toString() {
            if (problem != null) {
                return problem;
            }
            if (closedWithoutAnswer()) {
                return "connection closed without an answer";
            }
            return status + ", Content-Type: " + (contentType().isEmpty() ? "(none)" : contentType()) + ", "
                    + body.length + " body bytes " + Printable.bytes(body, 300);
        }
    }
}
