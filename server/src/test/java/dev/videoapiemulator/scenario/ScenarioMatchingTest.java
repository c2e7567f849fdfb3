package dev.videoapiemulator.scenario;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.RuntimeScenarios;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each matcher, through scenarios added at run time with the control API. */
@QuarkusTest
class ScenarioMatchingTest {

    private final Emulator client = Emulator.freshKey();

    @AfterEach
    void clearScenarios() {
        RuntimeScenarios.clear();
    }

    private static String teapot(String name, String match) {
        return "{\"name\":\"" + name + "\",\"match\":" + match + ",\"respond\":{\"status\":418,"
                + "\"error\":{\"type\":\"scenario_error\",\"code\":\"" + name + "\",\"message\":\"scripted\"}}}";
    }

    private ValidatableResponse create(String prompt, String... more) {
        var request = client.request().multiPart("prompt", prompt);
        for (int i = 0; i < more.length; i += 2) {
            request = request.multiPart(more[i], more[i + 1]);
        }
        return request.post("/v1/videos").then();
    }

    @Test
    void promptContainsAndRegex() {
        RuntimeScenarios.add(teapot("contains", "{\"prompt_contains\":\"volcano\"}"));
        RuntimeScenarios.add(teapot("regex", "{\"prompt_regex\":\"^cat \\\\d+$\"}"));
        assertError(create("a volcano at dawn"), 418, "scenario_error", null, "contains");
        given().queryParam("key", client.key()).queryParam("scenario", "contains").get("/__emulator/journal").then()
                .statusCode(200).body("data.size()", equalTo(1)).body("data[0].status", equalTo(418));
        assertError(create("cat 42"), 418, "scenario_error", null, "regex");
        create("cat forty-two").statusCode(200);
    }

    @Test
    void modelSizeSecondsAndAnyField() {
        RuntimeScenarios.add(teapot("model", "{\"model\":\"sora-2-pro\"}"));
        RuntimeScenarios.add(teapot("size", "{\"size\":\"1280x720\"}"));
        RuntimeScenarios.add(teapot("seconds", "{\"seconds\":\"12\"}"));
        RuntimeScenarios.add(teapot("field", "{\"fields\":{\"input_reference.file_id\":\"file-bad\"}}"));
        assertError(create("x", "model", "sora-2-pro"), 418, "scenario_error", null, "model");
        assertError(create("x", "size", "1280x720"), 418, "scenario_error", null, "size");
        assertError(create("x", "seconds", "12"), 418, "scenario_error", null, "seconds");
        assertError(client.request().contentType(ContentType.JSON)
                .body(Map.of("prompt", "x", "input_reference", Map.of("file_id", "file-bad"))).post("/v1/videos")
                .then(), 418, "scenario_error", null, "field");
        create("x", "seconds", "8").statusCode(200);
    }

    @Test
    void methodPathKeyHeaderAndProfile() {
        RuntimeScenarios.add(teapot("list", "{\"method\":\"GET\",\"path\":\"/v1/videos\"}"));
        RuntimeScenarios.add(teapot("content", "{\"path_regex\":\"/v1/videos/[^/]+/content\"}"));
        RuntimeScenarios.add(teapot("key", "{\"key\":\"" + client.key() + "\",\"method\":\"DELETE\"}"));
        RuntimeScenarios.add(teapot("header", "{\"headers\":{\"X-Chaos\":\"on\"}}"));
        RuntimeScenarios.add(teapot("profile", "{\"profile\":\"openai\",\"method\":\"POST\",\"path\":\"/v1/videos/edits\"}"));
        assertError(client.request().get("/v1/videos").then(), 418, "scenario_error", null, "list");
        assertError(client.request().get("/v1/videos/video_x/content").then(), 418, "scenario_error", null,
                "content");
        assertError(client.request().delete("/v1/videos/video_x").then(), 418, "scenario_error", null, "key");
        Emulator.freshKey().request().delete("/v1/videos/video_x").then().statusCode(404);
        assertError(client.request().header("X-Chaos", "on").get("/v1/videos/video_x").then(), 418, "scenario_error",
                null, "header");
        assertError(client.request().multiPart("prompt", "x").post("/openai/v1/videos/edits").then(), 418,
                "scenario_error", null, "profile");
    }

    @Test
    void afterSkipsAndTimesLimits() {
        RuntimeScenarios.add(teapot("second-and-third", "{\"prompt_contains\":\"[n]\",\"after\":1,\"times\":2}"));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(create("[n] " + i).extract().statusCode());
        }
        assertEquals(List.of(200, 418, 418, 200, 200), statuses);
    }

    @Test
    void seededProbabilityRepeatsItsSequence() {
        String scenario = teapot("coin", "{\"prompt_contains\":\"[coin]\",\"probability\":0.5}");
        RuntimeScenarios.add(scenario);
        List<Integer> first = flips(12);
        given().delete("/__emulator/scenarios").then().statusCode(204);
        RuntimeScenarios.add(scenario);
        List<Integer> second = flips(12);
        assertEquals(first, second);
        org.junit.jupiter.api.Assertions.assertTrue(first.contains(200) && first.contains(418),
                "a fair coin over 12 flips shows both faces: " + first);
    }

    private List<Integer> flips(int n) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            statuses.add(create("[coin]").extract().statusCode());
        }
        return statuses;
    }

    @Test
    void resetOfTheScenariosPartDropsRuntimeScenarios() {
        RuntimeScenarios.add(teapot("doomed", "{\"prompt_contains\":\"[doomed]\"}"));
        assertError(create("[doomed]"), 418, "scenario_error", null, "doomed");
        given().post("/__emulator/reset?part=scenarios").then().statusCode(200);
        create("[doomed]").statusCode(200);
    }

    @Test
    void errorsDefaultToTheStatusUsualBodyAndCarryHeaders() {
        RuntimeScenarios.add("{\"name\":\"limited\",\"match\":{\"prompt_contains\":\"[429]\"},\"respond\":{\"status\":429,"
                + "\"headers\":{\"Retry-After\":\"7\",\"x-ratelimit-remaining-requests\":\"0\"}}}");
        assertError(create("[429]"), 429, "requests", null, "rate_limit_exceeded")
                .header("Retry-After", equalTo("7")).header("x-ratelimit-remaining-requests", equalTo("0"));
    }

    @Test
    void testIdsHaveTheirOwnRuntimeScenarios() {
        given().header("X-Emulator-Test-Id", "suite-a").contentType(ContentType.JSON)
                .body(teapot("only-a", "{\"prompt_contains\":\"[iso]\"}")).post("/__emulator/scenarios").then()
                .statusCode(201);
        assertError(client.request().header("X-Emulator-Test-Id", "suite-a").multiPart("prompt", "[iso]")
                .post("/v1/videos").then(), 418, "scenario_error", null, "only-a");
        client.request().header("X-Emulator-Test-Id", "suite-b").multiPart("prompt", "[iso]").post("/v1/videos")
                .then().statusCode(200);
        create("[iso]").statusCode(200);
        given().header("X-Emulator-Test-Id", "suite-a").delete("/__emulator/scenarios").then().statusCode(204);
    }
}
