package dev.videoapiemulator.http;

import dev.videoapiemulator.http.HostileRoutes.BodyRoute;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * What the generators of malformed requests share. Each request is built to be refused even by a
 * lenient parser: multipart bodies always carry a part no dialect knows, JSON bodies a mistyped or
 * unknown field, queries an invalid value, so a 2xx is never a correct answer.
 */
final class HostileRequests {

    private HostileRequests() {
    }

    static String fakeId(Draw draw) {
        return "video_hostile" + draw.from(Draw.LOWER + Draw.DIGITS, 12, 12);
    }

    /** A field name no dialect accepts, which makes any body that parses a 400. */
    static String unknownField(Draw draw) {
        return "hostile_" + draw.letters(1, 8);
    }

    static String fill(String path, String id) {
        return path.replace("{id}", id);
    }

    /** Fills the first {id} with {@code id} and any other with a short one, keeping long ids to one segment. */
    static String fillFirst(String path, String id) {
        return path.replaceFirst("\\{id}", Matcher.quoteReplacement(id)).replace("{id}", "gen_1");
    }

    /** A route reading the body type asked for, its ids filled in. */
    static String bodyRoutePath(Draw draw, boolean multipart) {
        List<BodyRoute> routes = HostileRoutes.BODY_ROUTES.stream().filter(r -> multipart ? r.multipart() : r.json())
                .toList();
        return fill(draw.of(routes).path(), fakeId(draw));
    }

    static HostileRequest jsonPost(String category, String path, String body) {
        return HostileRequest.post(category, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** For a multipart part or a JSON body, which both may declare a charset. */
    static String unknownCharset(Draw draw) {
        return draw.oneIn(2) ? "x-hostile-" + draw.letters(1, 10)
                : draw.of("utf-9", "klingon", "!!!", "", "\"\"", "utf-8\"", "\"x-unknown\"", "ISO-8859-99", "utf 8",
                        "*");
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
