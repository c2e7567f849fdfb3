package dev.videoapiemulator.http;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input over real HTTP: generated malformed requests to every dialect, each answered as a
 * JSON 4xx in that dialect's envelope, the server still ready afterwards.
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HostileCases CASES = new HostileCases();
    private static String completedVideoId;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void aim() {
        if (completedVideoId == null) {
            completedVideoId = given().header("Authorization", "Bearer " + HostileTarget.API_KEY)
                    .multiPart("prompt", "a cat on a fence").post("/v1/videos").then().statusCode(200).extract()
                    .path("id");
            Emulator.advanceClock(Duration.ofMinutes(1));
        }
        HostileTarget.aim(root.getPort(), completedVideoId);
    }

    @TestFactory
    Stream<DynamicTest> malformedRequestsAreRefusedAsJson() {
        return CASES.tests(List.of(
                refused("broken boundaries", 100, MultipartDamage::brokenBoundary),
                refused("parts without a name", 60, MultipartDamage::namelessPart),
                refused("parts with an unknown charset", 60, MultipartDamage::unknownCharsetPart),
                refused("truncated multipart bodies", 100, MultipartDamage::truncated),
                refused("garbage after the closing boundary", 60, MultipartDamage::epilogue),
                refused("JSON fields of the wrong type", 100, JsonDamage::wrongTypes),
                refused("JSON nested too deep", 30, JsonDamage::deepNesting),
                refused("JSON numbers out of range", 60, JsonDamage::hugeNumbers),
                refused("JSON with invalid UTF-8", 60, JsonDamage::invalidUtf8),
                refused("JSON bodies that are not objects", 60, JsonDamage::notAnObject),
                refused("JSON with an unknown charset", 40, JsonDamage::unknownCharset),
                refused("bad percent-escapes in the path", 100, EscapeDamage::inPath),
                refused("bad percent-escapes in the query", 100, EscapeDamage::inQuery),
                refused("very long ids", 50, EscapeDamage::longId),
                // no handler sees these, so the codec's own answer, or a closed connection, will do
                new HostileCategory("requests the codec refuses", 60, CodecDamage::refusedByCodec,
                        RefusalChecks::assertRefusedByCodec)));
    }

    private static HostileCategory refused(String name, int cases, Function<Draw, HostileRequest> generator) {
        return new HostileCategory(name, cases, generator, RefusalChecks::assertJsonRefusal);
    }

    /** Guards the route table: a mistyped route would be refused too, and the hostile requests would prove nothing. */
    @Test
    void everyRouteTheGeneratorsCallExists() {
        List<String> unknown = new ArrayList<>();
        RawHttp http = HostileTarget.http();
        for (HostileRoutes.BodyRoute route : HostileRoutes.BODY_ROUTES) {
            String path = HostileRequests.fill(route.path(), "video_hostile_route_check");
            if (route.json()) {
                check(unknown, http.send(HostileRequest.post("route check", path, "application/json",
                        "{\"hostile_check\":1}".getBytes(StandardCharsets.UTF_8))), "POST JSON " + path);
            }
            if (route.multipart()) {
                check(unknown, http.send(HostileRequest.post("route check", path, "multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; name=\"hostile_check\"\r\n\r\n1\r\n--b--\r\n"
                                .getBytes(StandardCharsets.UTF_8))), "POST multipart " + path);
            }
        }
        List<String> gets = new ArrayList<>(HostileRoutes.ID_ROUTES);
        gets.addAll(HostileRoutes.CONTENT_ROUTES);
        for (String route : gets) {
            String path = HostileRequests.fill(route, "video_hostile_route_check");
            check(unknown, http.send(HostileRequest.get("route check", path)), "GET " + path);
        }
        for (String route : HostileRoutes.DELETE_ROUTES) {
            String path = HostileRequests.fill(route, "video_hostile_route_check");
            check(unknown, http.send(HostileRequest.get("route check", path).withMethod("DELETE")), "DELETE " + path);
        }
        for (String route : HostileRoutes.LIST_ROUTES) {
            RawHttp.RawAnswer answer = http.send(HostileRequest.get("route check", route));
            if (answer.status() != 200) {
                unknown.add("GET " + route + " -> " + answer);
            }
        }
        if (!unknown.isEmpty()) {
            throw new AssertionError("Routes the generators call but the emulator does not serve:\n"
                    + String.join("\n", unknown));
        }
    }

    private static void check(List<String> unknown, RawHttp.RawAnswer answer, String call) {
        String message = messageOf(answer);
        if (answer.status() == 405 || answer.status() == 415 || message.startsWith("Invalid URL")) {
            unknown.add(call + " -> " + answer);
        }
    }

    private static String messageOf(RawHttp.RawAnswer answer) {
        try {
            JsonNode root = JSON.readTree(answer.body());
            return root.has("error") ? root.path("error").path("message").asText("")
                    : root.path("message").asText("");
        } catch (Exception e) {
            return "";
        }
    }

    @AfterAll
    static void total() {
        System.out.println("[hostile] HostileInputTest: " + CASES.summary());
    }
}
