package dev.videoapiemulator.http;

import static dev.videoapiemulator.http.HostileRequests.fill;
import static dev.videoapiemulator.http.HostileRequests.fillFirst;

import dev.videoapiemulator.http.HostileRequest.Header;
import dev.videoapiemulator.http.HostileRequest.Length;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Requests the HTTP codec refuses before any handler: oversized lines and heads, bad lengths, raw bytes. */
final class CodecDamage {

    private CodecDamage() {
    }

    private static final List<List<Header>> BAD_LENGTHS = List.of(
            List.of(new Header("Content-Length", "abc")),
            List.of(new Header("Content-Length", "-1")),
            List.of(new Header("Content-Length", "1.5")),
            List.of(new Header("Content-Length", "")),
            List.of(new Header("Content-Length", "0x10")),
            List.of(new Header("Content-Length", "+5")),
            List.of(new Header("Content-Length", "99999999999999999999999")),
            List.of(new Header("Content-Length", "12, 13")),
            List.of(new Header("Content-Length", "12"), new Header("Content-Length", "13")),
            List.of(new Header("Content-Length", "12"), new Header("Transfer-Encoding", "chunked")),
            List.of(new Header("Transfer-Encoding", "bogus")),
            List.of(new Header("Transfer-Encoding", "chunked, gzip")),
            List.of(new Header("Transfer-Encoding", "chunked")));

    /** High bytes, controls and characters a request target may not hold bare. */
    private static final String RAW_CHARS = "\u0001\u007f \"<" + Draw.chars('\u0080', '\u00ff');

    static HostileRequest refusedByCodec(Draw draw) {
        return switch (draw.between(1, 4)) {
            // past Quarkus's default limit of 4,096 bytes for the request line
            case 1 -> HostileRequest.get("request line over the limit",
                    fillFirst(draw.of(HostileRoutes.ID_ROUTES), draw.letters(4_100, 20_000)));
            case 2 -> longHead(draw);
            case 3 -> badLength(draw);
            default -> HostileRequest.get("raw bytes in the request line", fill(draw.of(HostileRoutes.ID_ROUTES),
                    draw.from(RAW_CHARS, 1, 10)));
        };
    }

    /** Past Quarkus's default limit of 20K for the head, in one huge header or in many ordinary ones. */
    private static HostileRequest longHead(Draw draw) {
        int size = draw.between(21_000, 70_000);
        HostileRequest request = HostileRequest.get("header block over the limit",
                fill(draw.of(HostileRoutes.ID_ROUTES), "video_hostile"));
        if (draw.coin()) {
            return request.withHeader("X-Hostile", "h".repeat(size));
        }
        for (int i = 0; i < size / 100; i++) {
            request = request.withHeader("X-Hostile-" + i, "h".repeat(90));
        }
        return request;
    }

    private static HostileRequest badLength(Draw draw) {
        HostileRequest request = new HostileRequest("invalid body length", "POST",
                draw.of(HostileRoutes.CREATE_ROUTES).path(), List.of(new Header("Content-Type", "application/json")),
                // a chunked body whose chunk size is not hex
                "zz\r\n{\"prompt\":1}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), Length.AS_GIVEN);
        for (Header header : draw.of(BAD_LENGTHS)) {
            request = request.withHeader(header.name(), header.value());
        }
        return request;
    }

}
