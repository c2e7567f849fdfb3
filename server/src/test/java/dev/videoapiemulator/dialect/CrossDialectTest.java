package dev.videoapiemulator.dialect;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.KlingTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A job belongs to the dialect that made it: polled or downloaded through any other dialect (by its
 * prefix, or at the bare /v1 with a key bound to that dialect), it is answered exactly as an id that
 * does not exist there, in the asker's own envelope, and never with a 5xx.
 */
@QuarkusTest
class CrossDialectTest {

    /**
     * How a dialect is created in, polled and downloaded; {@code root} is its /prefix/v1. A speaker
     * that {@code signs} sends a token whose issuer is the key (any secret does in auth mode any).
     */
    private record Speaker(String name, String root, Function<RequestSpecification, Response> create,
            String pollPath, String contentPath, boolean signs) {

        Speaker(String name, String root, Function<RequestSpecification, Response> create, String pollPath,
                String contentPath) {
            this(name, root, create, pollPath, contentPath, false);
        }

        String authorization(String key, String secret) {
            return signs ? KlingTokens.bearer(KlingTokens.valid(key, secret)) : "Bearer " + key;
        }

        String poll(String id) {
            return pollPath.replace("{id}", id);
        }

        String content(String id) {
            return contentPath.replace("{id}", id);
        }
    }

    private static final List<Speaker> SPEAKERS = List.of(
            new Speaker("openai", "/openai/v1", spec -> spec.multiPart("prompt", "a lighthouse")
                    .post("/openai/v1/videos"), "/videos/{id}", "/videos/{id}/content"),
            new Speaker("sora-relay", "/sora-relay/v1", spec -> spec.multiPart("model", "sora-2")
                    .multiPart("prompt", "a lighthouse").post("/sora-relay/v1/videos"), "/videos/{id}",
                    "/videos/{id}/content"),
            new Speaker("sora", "/sora/v1", spec -> spec.contentType(ContentType.JSON)
                    .body(Map.of("type", "video_gen", "prompt", "a lighthouse", "n_variants", 1, "n_frames", 150,
                            "height", 480, "width", 854)).post("/sora/v1/videos"), "/videos/{id}",
                    "/videos/{id}/generations/gen_01hzzzzzzzzzzzzzzzzzzzzzzz/content"),
            new Speaker("veo", "/veo/v1", spec -> spec.multiPart("model", "veo_3_1")
                    .multiPart("prompt", "a lighthouse").multiPart("seconds", "8").multiPart("size", "16x9")
                    .post("/veo/v1/videos"), "/videos/{id}", "/videos/{id}/content"),
            new Speaker("kling", "/kling/v1", spec -> spec.multiPart("prompt", "a lighthouse")
                    .post("/kling/v1/videos"), "/videos/{id}", "/videos/{id}/content"),
            new Speaker("openai-relay", "/openai-relay/v1", spec -> spec.multiPart("prompt", "a lighthouse")
                    .post("/openai-relay/v1/videos"), "/videos/{id}", "/videos/{id}/content"),
            new Speaker("kling-official", "/kling-official/v1", spec -> spec.contentType(ContentType.JSON)
                    .body(Map.of("prompt", "a lighthouse")).post("/kling-official/v1/videos/text2video"),
                    "/videos/text2video/{id}", "/videos/text2video/{id}/content", true),
            new Speaker("new-api", "/new-api/v1", spec -> spec.contentType(ContentType.JSON)
                    .body(Map.of("model", "kling-v1", "prompt", "a lighthouse")).post("/new-api/v1/video/generations"),
                    "/video/generations/{id}", "/videos/{id}/content"));

    /** Keys bound each to one profile (fixtures-test/cross-dialect.json); the test id keeps these jobs apart. */
    private static final Map<String, String> BOUND_KEYS = Map.of("sora-relay", "sk-cross-sora-relay",
            "sora", "sk-cross-sora", "veo", "sk-cross-veo", "kling", "sk-cross-kling",
            "openai-relay", "sk-cross-openai-relay", "kling-official", "ak-cross-kling-official", "new-api",
            "sk-cross-new-api");
    /** The secret of the bound access key ak-cross-kling-official. */
    private static final String BOUND_SECRET = "cross-kling-secret";

    private final String testId = "cross-" + UUID.randomUUID();

    private RequestSpecification as(String key) {
        return as(key, SPEAKERS.get(0), BOUND_SECRET);
    }

    /** The key as {@code speaker} is called with it. */
    private RequestSpecification as(String key, Speaker speaker, String secret) {
        return given().header("Authorization", speaker.authorization(key, secret))
                .header("X-Emulator-Test-Id", testId);
    }

    @TestFactory
    Stream<DynamicTest> anotherDialectsJobIsAnUnknownId() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Speaker maker : SPEAKERS) {
            for (Speaker asker : SPEAKERS) {
                if (asker == maker) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(maker.name() + " job asked through " + asker.name(), () -> {
                    String key = "sk-cross-" + UUID.randomUUID();
                    String id = completedJob(maker, key);
                    assertSameAsUnknown(as(key, asker, "any"), asker.root(), asker, id);
                    if (!asker.name().equals("openai")) {
                        // The same job asked at the bare /v1 with a key bound to the asking dialect.
                        String boundKey = BOUND_KEYS.get(asker.name());
                        String boundId = completedJob(maker, boundKey);
                        assertSameAsUnknown(as(boundKey, asker, BOUND_SECRET), "/v1", asker, boundId);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theOfficialListShowsOnlyOfficialVideos() {
        String key = "sk-cross-" + UUID.randomUUID();
        List<String> official = new ArrayList<>();
        for (Speaker maker : SPEAKERS) {
            String id = completedJob(maker, key);
            if (maker.name().equals("openai")) {
                official.add(id);
            }
        }
        as(key).get("/v1/videos").then().statusCode(200).body("data", hasSize(1)).body("data.id", contains(official.get(0)));
    }

    @Test
    void anotherDialectsIdAsAnAfterCursorGivesAnEmptyPage() {
        String key = "sk-cross-" + UUID.randomUUID();
        completedJob(SPEAKERS.get(0), key);
        String veoId = completedJob(SPEAKERS.get(3), key);
        as(key).get("/v1/videos?after=" + veoId).then().statusCode(200).body("data", hasSize(0));
    }

    private String completedJob(Speaker maker, String key) {
        Response created = maker.create().apply(as(key, maker, BOUND_SECRET));
        assertEquals(200, created.statusCode(), () -> maker.name() + " create: " + created.asString());
        Object data = created.path("data");
        String id = data instanceof String task ? task : data instanceof Map ? created.path("data.task_id")
                : created.path("id");
        Emulator.advanceClock(Duration.ofMinutes(2));
        return id;
    }

    /** Kling's errors carry a request id of their own, different on every answer. */
    private static String withoutRequestId(String body) {
        return body.replaceAll("\"request_id\":\"[^\"]*\"", "\"request_id\":\"\"");
    }

    /** Poll and content of {@code id} answer what the same routes answer for an id that never existed. */
    private void assertSameAsUnknown(RequestSpecification caller, String root, Speaker asker, String id) {
        String unknown = id.replaceAll("[0-9a-f]", "0");
        for (Function<String, String> route : List.<Function<String, String>>of(asker::poll, asker::content)) {
            Response asked = caller.get(root + route.apply(id));
            Response never = caller.get(root + route.apply(unknown));
            String what = asker.name() + " " + root + route.apply(id);
            assertTrue(asked.statusCode() >= 400 && asked.statusCode() < 500, () -> what + " answered "
                    + asked.statusCode() + ": " + asked.asString());
            assertEquals(never.statusCode(), asked.statusCode(), what);
            assertEquals("application/json", asked.contentType().split(";")[0], what);
            assertEquals(withoutRequestId(never.asString()).replace(unknown, id), withoutRequestId(asked.asString()),
                    what);
        }
    }
}
