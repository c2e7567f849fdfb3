package dev.videoapiemulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 exchange written byte by byte, for requests an HTTP client refuses to send: bad
 * percent-escapes, a Content-Length that lies, a form its encoder does not know.
 */
public record RawExchange(int status, Map<String, String> headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Sends the body in chunks of a few hundred bytes, with no Content-Length. */
    public static RawExchange sendChunked(String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        for (int from = 0; from < body.length; from += 700) {
            int length = Math.min(700, body.length - from);
            chunked.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            chunked.write(body, from, length);
            chunked.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        chunked.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        Map<String, String> withEncoding = new TreeMap<>(headers);
        withEncoding.put("Transfer-Encoding", "chunked");
        withEncoding.put("Content-Length", null);
        return exchange(method, target, withEncoding, chunked.toByteArray());
    }

    public static RawExchange send(String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        Map<String, String> withLength = new TreeMap<>(headers);
        if (body.length > 0) {
            withLength.putIfAbsent("Content-Length", String.valueOf(body.length));
        }
        return exchange(method, target, withLength, body);
    }

    /** Headers mapped to null are left out. */
    private static RawExchange exchange(String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n");
            headers.forEach((name, value) -> {
                if (value != null) {
                    head.append(name).append(": ").append(value).append("\r\n");
                }
            });
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** Reads the head, then as many body bytes as it declares: a server may answer before reading the body. */
    private static RawExchange read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before the end of the head: " + head);
            }
            head.write(b);
        }
        RawExchange parsed = parse(head.toByteArray());
        String length = parsed.headers().get("content-length");
        byte[] body = length == null ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length));
        return new RawExchange(parsed.status(), parsed.headers(), new String(body, StandardCharsets.UTF_8));
    }

    public JsonNode json() throws IOException {
        return JSON.readTree(body);
    }

    private static RawExchange parse(byte[] answer) {
        String text = new String(answer, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        return new RawExchange(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }
}
