package dev.videoapiemulator.scenario;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.RuntimeScenarios;
import dev.videoapiemulator.support.FrozenClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each kind of answer: at request time, over the job's life, and at download time. */
@QuarkusTest
class ScenarioAnswersTest {

    private final Emulator client = Emulator.freshKey();

    @AfterEach
    void clearScenarios() {
        RuntimeScenarios.clear();
    }

    private static String scenario(String name, String marker, String answers) {
        return "{\"name\":\"" + name + "\",\"match\":{\"prompt_contains\":\"" + marker + "\"}," + answers + "}";
    }

    @Test
    void delayHoldsTheAnswerBack() {
        RuntimeScenarios.add(scenario("slow", "[slow]", "\"respond\":{\"delay\":\"400ms\"}"));
        long started = System.nanoTime();
        client.request().multiPart("prompt", "[slow]").post("/v1/videos").then().statusCode(200);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMillis >= 400, "a 400 ms delay answered in " + tookMillis + " ms");
    }

    @Test
    void faultsBreakTheWire() throws Exception {
        RuntimeScenarios.add(scenario("reset", "[reset]", "\"respond\":{\"fault\":\"connection_reset\"}"));
        RuntimeScenarios.add(scenario("empty", "[empty]", "\"respond\":{\"fault\":\"empty_response\"}"));
        RuntimeScenarios.add(scenario("malformed", "[malformed]", "\"respond\":{\"fault\":\"malformed_body\"}"));
        RuntimeScenarios.add(scenario("truncated", "[truncated]", "\"respond\":{\"fault\":\"truncated_body\"}"));
        assertThrows(IOException.class, () -> rawCreate("[reset]"));
        HttpResponse<String> empty = rawCreate("[empty]");
        assertEquals(200, empty.statusCode());
        assertEquals("", empty.body());
        HttpResponse<String> malformed = rawCreate("[malformed]");
        assertEquals(200, malformed.statusCode());
        assertThrows(Exception.class, () -> new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(malformed.body()));
        assertThrows(IOException.class, () -> rawCreate("[truncated]"));
    }

    private HttpResponse<String> rawCreate(String prompt) throws IOException, InterruptedException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/videos"))
                .header("Authorization", "Bearer " + client.key()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"" + prompt + "\"}"))
                .timeout(Duration.ofSeconds(10)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void jobFailsAtTheChosenProgress() {
        RuntimeScenarios.add(scenario("blocked", "[blocked]", "\"job\":{\"outcome\":\"failed\",\"fail_at_progress\":40,"
                + "\"error\":{\"code\":\"moderation_blocked\",\"message\":\"Blocked.\"}}"));
        String id = client.create("prompt", "[blocked]");
        Emulator.advanceClock(Duration.ofMinutes(1));
        client.get(id).body("status", equalTo("failed")).body("progress", equalTo(40))
                .body("error.code", equalTo("moderation_blocked")).body("error.message", equalTo("Blocked."));
    }

    @Test
    void timelineWithProgressSteps() {
        RuntimeScenarios.add(scenario("steps", "[steps]", "\"job\":{\"queued\":\"2s\",\"processing\":\"3s\","
                + "\"progress_steps\":[5,50,95]}"));
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String id = client.create("prompt", "[steps]");
            Emulator.advanceClock(Duration.ofMillis(1900));
            client.get(id).body("status", equalTo("queued"));
            Emulator.advanceClock(Duration.ofMillis(600));
            client.get(id).body("status", equalTo("in_progress")).body("progress", equalTo(5));
            Emulator.advanceClock(Duration.ofSeconds(1));
            client.get(id).body("progress", equalTo(50));
            Emulator.advanceClock(Duration.ofSeconds(1));
            client.get(id).body("progress", equalTo(95));
            Emulator.advanceClock(Duration.ofSeconds(1));
            client.get(id).body("status", equalTo("completed"));
        }
    }

    @Test
    void stuckJobsNeverFinish() {
        RuntimeScenarios.add(scenario("stuck", "[stuck]", "\"job\":{\"outcome\":\"stuck\",\"stuck_at_progress\":42}"));
        String id = client.create("prompt", "[stuck]");
        Emulator.advanceClock(Duration.ofHours(20));
        client.get(id).body("status", equalTo("in_progress")).body("progress", equalTo(42));
    }

    @Test
    void earlyExpiryAndExpiredDownloads() {
        RuntimeScenarios.add(scenario("short", "[short]", "\"job\":{\"download_expiry\":\"2m\"}"));
        RuntimeScenarios.add(scenario("expired", "[expired]", "\"download\":{\"expired\":true}"));
        String shortLived = client.completed("prompt", "[short]");
        client.request().get("/v1/videos/" + shortLived + "/content").then().statusCode(200);
        Emulator.advanceClock(Duration.ofMinutes(2));
        assertError(client.request().get("/v1/videos/" + shortLived + "/content").then(), 404,
                "invalid_request_error", null, null);
        String expired = client.completed("prompt", "[expired]");
        assertError(client.request().get("/v1/videos/" + expired + "/content").then(), 404, "invalid_request_error",
                null, null).body("error.message",
                        equalTo("The video is no longer available. Downloads expire after 1 hours."));
    }

    @Test
    void downloadErrorsAndCorruptBytes() {
        RuntimeScenarios.add(scenario("gone", "[gone]", "\"download\":{\"status\":500}"));
        RuntimeScenarios.add(scenario("corrupt", "[corrupt]", "\"download\":{\"corrupt\":true}"));
        String gone = client.completed("prompt", "[gone]");
        assertError(client.request().get("/v1/videos/" + gone + "/content").then(), 500, "server_error", null, null);
        String plain = client.completed("prompt", "[clean]");
        String corrupt = client.completed("prompt", "[corrupt]");
        byte[] good = client.request().get("/v1/videos/" + plain + "/content").asByteArray();
        byte[] bad = client.request().get("/v1/videos/" + corrupt + "/content").asByteArray();
        assertEquals(new String(Arrays.copyOfRange(bad, 4, 8)), "ftyp");
        assertNotEquals(Arrays.hashCode(good), Arrays.hashCode(bad));
    }

    @Test
    void truncatedAndSlowDownloads() throws Exception {
        RuntimeScenarios.add(scenario("cut", "[cut]", "\"download\":{\"truncate_at\":1000}"));
        RuntimeScenarios.add(scenario("dribble", "[dribble]", "\"download\":{\"bytes_per_second\":100000}"));
        String cut = client.completed("prompt", "[cut]");
        assertThrows(IOException.class, () -> rawDownload(cut));
        String dribble = client.completed("prompt", "[dribble]");
        long started = System.nanoTime();
        HttpResponse<byte[]> slow = rawDownload(dribble);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        long expectedMillis = slow.body().length * 1000L / 100_000;
        assertEquals(200, slow.statusCode());
        assertTrue(tookMillis >= expectedMillis * 8 / 10,
                slow.body().length + " bytes at 100 kB/s arrived in " + tookMillis + " ms");
    }

    @Test
    void wrongContentLengthEndsEarly() {
        RuntimeScenarios.add(scenario("liar", "[liar]", "\"download\":{\"content_length\":999999999}"));
        String liar = client.completed("prompt", "[liar]");
        assertThrows(IOException.class, () -> rawDownload(liar));
    }

    private HttpResponse<byte[]> rawDownload(String id) throws IOException, InterruptedException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/v1/videos/" + id + "/content"))
                .header("Authorization", "Bearer " + client.key()).timeout(Duration.ofSeconds(20)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void invalidScenariosAreRefusedWithTheField() {
        Response refused = given().contentType(ContentType.JSON)
                .body("{\"name\":\"bad\",\"match\":{\"times\":0},\"respond\":{\"status\":500}}")
                .post("/__emulator/scenarios");
        refused.then().statusCode(400).body("error.code", equalTo("invalid_scenario"));
        assertTrue(refused.jsonPath().getString("error.message").contains("field match: times must be at least 1"),
                refused.jsonPath().getString("error.message"));
        given().contentType(ContentType.JSON).body("{\"name\":\"bad\",\"respond\":{\"stauts\":500}}")
                .post("/__emulator/scenarios").then().statusCode(400).body("error.message",
                        org.hamcrest.Matchers.containsString("unknown field 'stauts'"));
        given().contentType("application/yaml").body(("name: yaml\nmatch:\n  prompt_contains: \"[yaml]\"\n"
                + "respond:\n  status: 503\n").getBytes()).post("/__emulator/scenarios").then().statusCode(201);
        assertError(client.request().multiPart("prompt", "[yaml]").post("/v1/videos").then(), 503, "server_error",
                null, null);
    }
}
