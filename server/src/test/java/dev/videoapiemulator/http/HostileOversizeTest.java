package dev.videoapiemulator.http;

import dev.videoapiemulator.http.HostileRequest.Length;
import dev.videoapiemulator.http.HostileRoutes.BodyRoute;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import dev.videoapiemulator.support.SmallLimits;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bodies over the limit to every dialect's create route, with and without Content-Length: each
 * must be a JSON 413 in that dialect's envelope. Under {@link BodyLimitTest}'s profile so that the
 * emulator starts once for both and a 1M limit keeps the uploads small.
 */
@QuarkusTest
@TestProfile(SmallLimits.class)
class HostileOversizeTest {

    private static final int LIMIT_BYTES = 1024 * 1024;
    private static final HostileCases CASES = new HostileCases();

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void aim() {
        HostileTarget.aim(root.getPort(), "video_hostile_none");
    }

    /** A category per route and way of declaring the length, since each dialect's create route is its own code. */
    @TestFactory
    Stream<DynamicTest> bodiesOverTheLimitAreRefusedAsJson() {
        List<HostileCategory> categories = HostileRoutes.CREATE_ROUTES.stream()
                .flatMap(route -> Stream.of(Length.DECLARED, Length.CHUNKED).map(length -> overTheLimit(route, length)))
                .toList();
        return CASES.tests(categories);
    }

    private static HostileCategory overTheLimit(BodyRoute route, Length length) {
        String declared = length == Length.CHUNKED ? "chunked" : "Content-Length";
        return new HostileCategory("POST " + route.path() + ", " + declared, 3,
                draw -> OversizeBodies.over(draw, LIMIT_BYTES, route, length), RefusalChecks::assertTooLarge);
    }

    @AfterAll
    static void total() {
        System.out.println("[hostile] HostileOversizeTest: " + CASES.summary());
    }
}
