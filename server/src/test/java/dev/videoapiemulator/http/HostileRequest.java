package dev.videoapiemulator.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One request as bytes on the wire. The request target and header values are written as
 * ISO-8859-1, so a char from 0x80 to 0xFF stands for that raw byte: RestAssured would encode it.
 *
 * @param category what is wrong with the request, named in failure reports
 * @param length how the body's length is declared
 */
public record HostileRequest(String category, String method, String target, List<Header> headers, byte[] body,
        Length length) {

    public record Header(String name, String value) {
    }

    public enum Length {
        /** A Content-Length header with the body's true length. */
        DECLARED,
        /** Transfer-Encoding: chunked, no Content-Length. */
        CHUNKED,
        /** Whatever length headers {@code headers} carry, even none or lies. */
        AS_GIVEN
    }

    public static HostileRequest get(String category, String target) {
        return new HostileRequest(category, "GET", target, List.of(), new byte[0], Length.AS_GIVEN);
    }

    public static HostileRequest post(String category, String target, String contentType, byte[] body) {
        return new HostileRequest(category, "POST", target, List.of(new Header("Content-Type", contentType)), body,
                Length.DECLARED);
    }

    public HostileRequest withMethod(String newMethod) {
        return new HostileRequest(category, newMethod, target, headers, body, length);
    }

    public HostileRequest withLength(Length newLength) {
        return new HostileRequest(category, method, target, headers, body, newLength);
    }

    public HostileRequest withHeader(String name, String value) {
        List<Header> more = new ArrayList<>(headers);
        more.add(new Header(name, value));
        return new HostileRequest(category, method, target, List.copyOf(more), body, length);
    }

    /** The path without its query, which picks the dialect and so the envelope. */
    public String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** The request line and head; the body is written separately so a large one can be streamed. */
    public byte[] head(String host, String apiKey) {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(host).append("\r\n");
        head.append("Authorization: Bearer ").append(apiKey).append("\r\n");
        // One exchange per connection: the answer ends where the connection does.
        head.append("Connection: close\r\n");
        for (Header header : headers) {
            head.append(header.name()).append(": ").append(header.value()).append("\r\n");
        }
        if (length == Length.DECLARED && (body.length > 0 || !method.equals("GET"))) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        } else if (length == Length.CHUNKED) {
            head.append("Transfer-Encoding: chunked\r\n");
        }
        head.append("\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Names the request in a failure: method, target, headers and the start of the body. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append('[').append(category).append("] ").append(method).append(' ').append(Printable.clip(target, 300));
        for (Header header : headers) {
            text.append("\n  ").append(header.name()).append(": ").append(Printable.clip(header.value(), 200));
        }
        text.append("\n  (").append(length == Length.CHUNKED ? "chunked, " : "").append(body.length)
                .append(" body bytes)");
        if (body.length > 0) {
            text.append(' ').append(Printable.bytes(body, 240));
        }
        return text.toString();
    }

    /** Builds bodies from text and raw bytes. */
    public static final class Bytes {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Bytes text(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        public Bytes raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        public byte[] toArray() {
            return out.toByteArray();
        }
    }
}
