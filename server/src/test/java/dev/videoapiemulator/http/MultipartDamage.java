package dev.videoapiemulator.http;

import static dev.videoapiemulator.http.HostileRequest.post;
import static dev.videoapiemulator.http.HostileRequests.bodyRoutePath;
import static dev.videoapiemulator.http.HostileRequests.unknownField;

import dev.videoapiemulator.http.HostileRequest.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Malformed multipart bodies: boundaries, part headers, truncation and what follows the end. */
final class MultipartDamage {

    private MultipartDamage() {
    }

    /** One part: its header lines and content. */
    record Part(List<String> headers, byte[] content) {

        static Part text(String name, String value) {
            return new Part(List.of("Content-Disposition: form-data; name=\"" + name + "\""),
                    value.getBytes(StandardCharsets.UTF_8));
        }
    }

    static HostileRequest brokenBoundary(Draw draw) {
        String path = bodyRoutePath(draw, true);
        String boundary = boundary(draw);
        List<Part> parts = parts(draw);
        return switch (draw.between(1, 5)) {
            case 1 -> post("boundary missing", path, "multipart/form-data", multipart(boundary, parts));
            case 2 -> post("boundary empty", path,
                    "multipart/form-data; " + draw.of("boundary=", "boundary=\"\"", "boundary= ", "boundary"),
                    multipart(boundary, parts));
            case 3 -> post("boundary mismatched", path, "multipart/form-data; boundary=A" + boundary,
                    multipart("B" + boundary(draw), parts));
            case 4 -> {
                String garbage = garbageBoundary(draw);
                yield post("boundary garbage", path, "multipart/form-data; boundary=" + garbage,
                        multipart(draw.coin() ? garbage : "hostile", parts));
            }
            default -> post("boundary without dashes", path, "multipart/form-data; boundary=" + boundary,
                    multipart(boundary, parts, ""));
        };
    }

    private static String garbageBoundary(Draw draw) {
        return switch (draw.between(1, 4)) {
            case 1 -> draw.from(Draw.chars(' ', '~'), 1, 40);
            // RFC 2046 allows at most 70 characters
            case 2 -> draw.letters(71, 400);
            case 3 -> draw.from(Draw.chars('\u0080', '\u00ff'), 1, 20);
            default -> draw.of("\"unbalanced", "a b c", "a;b", "a=b", "--", "\t", "\"\"\"", "a\"b");
        };
    }

    static HostileRequest namelessPart(Draw draw) {
        List<String> headers = draw.of(
                List.of("Content-Disposition: form-data"),
                List.of("Content-Disposition: form-data; filename=\"ref.png\"", "Content-Type: image/png"),
                List.of("Content-Disposition: form-data; name="),
                List.of("Content-Disposition: form-data; name=\"\""),
                List.of("Content-Disposition: attachment; filename=\"ref.png\""),
                List.of("Content-Type: text/plain"),
                List.of());
        Part nameless = new Part(headers, draw.letters(0, 30).getBytes(StandardCharsets.UTF_8));
        return withExtraPart(draw, "part without a name", nameless);
    }

    static HostileRequest unknownCharsetPart(Draw draw) {
        Part part = new Part(List.of(
                "Content-Disposition: form-data; name=\"" + draw.of("prompt", "hostile_text") + "\"",
                "Content-Type: text/plain; charset=" + HostileRequests.unknownCharset(draw)),
                draw.letters(0, 30).getBytes(StandardCharsets.UTF_8));
        return withExtraPart(draw, "part with an unknown charset", part);
    }

    private static HostileRequest withExtraPart(Draw draw, String category, Part extra) {
        String path = bodyRoutePath(draw, true);
        String boundary = boundary(draw);
        List<Part> all = new ArrayList<>(parts(draw));
        all.add(Math.min(draw.between(0, 3), all.size()), extra);
        return post(category, path, "multipart/form-data; boundary=" + boundary, multipart(boundary, all));
    }

    static HostileRequest truncated(Draw draw) {
        String path = bodyRoutePath(draw, true);
        String boundary = boundary(draw);
        byte[] whole = multipart(boundary, parts(draw));
        return post("multipart truncated", path, "multipart/form-data; boundary=" + boundary,
                Arrays.copyOf(whole, draw.between(0, whole.length - 1)));
    }

    static HostileRequest epilogue(Draw draw) {
        String path = bodyRoutePath(draw, true);
        String boundary = boundary(draw);
        byte[] tail = draw.coin() ? draw.bytes(1, 400)
                : draw.of("--B\r\nContent-Disposition: form-data; name=\"late\"\r\n\r\nlate\r\n--B--\r\n",
                        "\r\n--B--\r\n--B--\r\n", "--B", "\r\n\r\n\r\n", "--B\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
        // "B" in the tail stands for the boundary, so that the garbage can look like more parts
        byte[] body = new Bytes().raw(multipart(boundary, parts(draw)))
                .raw(new String(tail, StandardCharsets.ISO_8859_1).replace("B", boundary)
                        .getBytes(StandardCharsets.ISO_8859_1)).toArray();
        return post("garbage after the closing boundary", path, "multipart/form-data; boundary=" + boundary, body);
    }

    private static String boundary(Draw draw) {
        return "hostile" + draw.from(Draw.LOWER + Draw.DIGITS, 4, 30);
    }

    /** A form with an unknown part, and maybe a prompt and a file, in any order. */
    private static List<Part> parts(Draw draw) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.text(unknownField(draw), draw.letters(0, 20)));
        if (draw.coin()) {
            parts.add(Part.text("prompt", draw.letters(1, 40)));
        }
        if (draw.coin()) {
            parts.add(new Part(List.of("Content-Disposition: form-data; name=\"input_reference\";"
                    + " filename=\"ref.png\"", "Content-Type: image/png"), draw.bytes(0, 600)));
        }
        return draw.shuffled(parts);
    }

    private static byte[] multipart(String boundary, List<Part> parts, String delimiterLead) {
        Bytes body = new Bytes();
        for (Part part : parts) {
            body.text(delimiterLead + boundary + "\r\n");
            for (String header : part.headers()) {
                body.text(header + "\r\n");
            }
            body.text("\r\n").raw(part.content()).text("\r\n");
        }
        return body.text(delimiterLead + boundary + "--\r\n").toArray();
    }

    private static byte[] multipart(String boundary, List<Part> parts) {
        return multipart(boundary, parts, "--");
    }
}
