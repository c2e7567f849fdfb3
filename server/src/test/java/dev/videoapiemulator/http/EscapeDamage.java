package dev.videoapiemulator.http;

import static dev.videoapiemulator.http.HostileRequests.concat;
import static dev.videoapiemulator.http.HostileRequests.fill;
import static dev.videoapiemulator.http.HostileRequests.fillFirst;
import static dev.videoapiemulator.http.HostileRequests.jsonPost;

import dev.videoapiemulator.http.HostileRoutes.BodyRoute;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Damaged request targets: bad percent-escapes in the path or the query, and ids far too long. */
final class EscapeDamage {

    private EscapeDamage() {
    }

    /** None of them decodes to a digit, a letter or nothing, so no lenient decoding makes a valid id or value. */
    private static final List<String> BAD_ESCAPES = List.of("%zz", "%", "%G1", "%0", "%%", "%g", "%-1", "%C3%28",
            "%FF", "%00", "%2F", "%E2%82", "%u0041", "%%zz");

    private static final List<String> GET_ROUTES = concat(HostileRoutes.ID_ROUTES, HostileRoutes.CONTENT_ROUTES);

    private static final List<String> POST_ROUTES_WITH_ID = HostileRoutes.BODY_ROUTES.stream().map(BodyRoute::path)
            .filter(path -> path.contains("{id}")).toList();

    static HostileRequest inPath(Draw draw) {
        String category = "bad percent-escape in the path";
        String id = withBadEscape(draw);
        // GETs are most of the routes, so most of the cases
        return switch (draw.between(1, 5)) {
            case 1, 2, 3 -> HostileRequest.get(category, fill(draw.of(GET_ROUTES), id));
            case 4 -> HostileRequest.get(category, fill(draw.of(HostileRoutes.DELETE_ROUTES), id))
                    .withMethod("DELETE");
            default -> jsonPost(category, fill(draw.of(POST_ROUTES_WITH_ID), id),
                    "{\"" + HostileRequests.unknownField(draw) + "\":1}");
        };
    }

    static HostileRequest inQuery(Draw draw) {
        String category = "bad percent-escape in the query";
        if (draw.coin()) {
            // limit or order always has a value no decoding makes valid, so the answer must be a 400
            List<String> pairs = new ArrayList<>();
            pairs.add(draw.of("limit", "order") + "=" + withBadEscape(draw));
            String extraValue = withBadEscape(draw);
            pairs.addAll(draw.listOf(0, 2,
                    () -> draw.of("after", "limit", "order", "%zz", "%", "") + "=" + extraValue));
            Collections.reverse(pairs);
            return HostileRequest.get(category, draw.of(HostileRoutes.LIST_ROUTES) + "?" + String.join("&", pairs));
        }
        String route = draw.of(HostileRoutes.CONTENT_ROUTES);
        String id = route.contains("/sora") || route.contains("/veo") || route.contains("/kling")
                ? HostileRequests.fakeId(draw) : HostileTarget.completedVideoId();
        return HostileRequest.get(category, fill(route, id) + "?variant=" + withBadEscape(draw));
    }

    static HostileRequest longId(Draw draw) {
        String category = "very long id";
        String id = draw.from(Draw.LOWER + Draw.DIGITS + "_-", 200, 3_000);
        return switch (draw.between(1, 3)) {
            case 1 -> HostileRequest.get(category, fillFirst(draw.of(GET_ROUTES), id));
            case 2 -> HostileRequest.get(category, fill(draw.of(HostileRoutes.DELETE_ROUTES), id)).withMethod("DELETE");
            default -> HostileRequest.get(category,
                    fill("/v1/videos/{id}/content", HostileTarget.completedVideoId()) + "?variant=" + id);
        };
    }

    private static String withBadEscape(Draw draw) {
        return draw.letters(0, 8) + String.join("", draw.listOf(1, 3, () -> draw.of(BAD_ESCAPES))) + draw.letters(0, 8);
    }
}
