package dev.videoapiemulator.http;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.RawExchange;
import dev.videoapiemulator.support.RuntimeScenarios;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each error is written once, by the envelope of the profile the path speaks, from whichever layer
 * refuses the request: a scenario, the form parser, the percent-decoder, the router, a Range.
 */
@QuarkusTest
class OneErrorPathTest {

    private final Emulator client = Emulator.freshKey();

    @AfterEach
    void dropScenarios() {
        RuntimeScenarios.clear();
    }

    @Test
    void aScenariosRetryAfterIsSentOnceInEveryEnvelope() {
        RuntimeScenarios.add("{\"name\":\"slow-down\",\"match\":{\"key\":\"" + client.key() + "\"},"
                + "\"respond\":{\"status\":429,\"headers\":{\"Retry-After\":\"9\"}}}");
        for (String path : new String[] {"/v1/videos", "/sora/v1/videos/task_x", "/openai-relay/v1/videos/video_x",
                "/sora-relay/v1/videos/x", "/veo/v1/videos/x", "/kling/v1/videos/x"}) {
            Response answer = client.request().get(path);
            assertEquals(429, answer.statusCode(), path);
            assertEquals(1, answer.headers().getList("Retry-After").size(), path + " " + answer.headers());
            assertEquals("9", answer.header("Retry-After"), path);
        }
    }

    @Test
    void badPercentEscapesAreJsonInTheAskersEnvelope() throws IOException {
        for (String target : new String[] {"/v1/videos/%zz", "/v1/videos?limit=%", "/kling/v1/videos/x/content?variant=%zz"}) {
            assertOpenAi(get(target), 400, target);
        }
        RawExchange sora = get("/sora/v1/videos/%zz");
        assertEquals(400, sora.status());
        assertEquals("invalid_url", sora.json().path("code").asText(), sora.body());
        assertTrue(sora.json().path("data").isNull(), sora.body());
        RawExchange relay = get("/openai-relay/v1/videos?after=%G1");
        assertEquals(400, relay.status());
        assertEquals("invalid_request_error", relay.json().path("error").path("type").asText(), relay.body());
        assertFalse(relay.json().path("error").has("param"), relay.body());
        assertEquals(200, get("/q/health/ready").status());
    }

    @Test
    void formsThatCannotBeReadAre400s() throws IOException {
        String nameless = "--b0undary\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b0undary--\r\n";
        assertOpenAi(post("/v1/videos", "multipart/form-data; boundary=b0undary", nameless), 400, "nameless part");
        String charset = "--b0undary\r\nContent-Disposition: form-data; name=\"prompt\"\r\n"
                + "Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nx\r\n--b0undary--\r\n";
        RawExchange unknownCharset = post("/veo/v1/videos", "multipart/form-data; boundary=b0undary", charset);
        assertOpenAi(unknownCharset, 400, "unknown charset");
        assertTrue(unknownCharset.json().path("error").path("message").asText().startsWith("We could not read a part"),
                unknownCharset.body());
        assertOpenAi(post("/v1/videos", "multipart/form-data; boundary=", nameless), 400, "empty boundary");
    }

    @Test
    void unsatisfiableRangesAreWordedByTheDialect() {
        String id = client.create("prompt", "ranges");
        Emulator.advanceClock(Duration.ofMinutes(2));
        openAi(client.request().header("Range", "bytes=999999999-").get("/v1/videos/" + id + "/content").then(), 416)
                .header("Content-Range", startsWith("bytes */"));
    }

    @Test
    void unknownPathsAndOversizeBodiesUnderARelayPrefixUseItsEnvelope() throws IOException {
        client.request().get("/sora/v1/nothing-here").then().statusCode(404).contentType("application/json")
                .body("code", equalTo("not_found")).body("data", nullValue());
        RawExchange tooLarge = RawExchange.send("POST", "/openai-relay/v1/videos", Map.of("Authorization",
                "Bearer " + client.key(), "Content-Type", "application/json", "Content-Length", "999999999999"),
                new byte[0]);
        assertEquals(413, tooLarge.status());
        assertEquals("request_too_large", tooLarge.json().path("error").path("code").asText(), tooLarge.body());
        assertFalse(tooLarge.json().path("error").has("param"), tooLarge.body());
    }

    @Test
    void chunkedBodiesWithinTheLimitAreServedAsAnyOther() throws IOException {
        String form = "--b0undary\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\n" + "a long river ".repeat(200)
                + "\r\n--b0undary--\r\n";
        RawExchange multipart = RawExchange.sendChunked("POST", "/v1/videos", Map.of("Authorization", "Bearer "
                + client.key(), "Content-Type", "multipart/form-data; boundary=b0undary"),
                form.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, multipart.status(), multipart.body());
        assertTrue(multipart.json().path("prompt").asText().startsWith("a long river"), multipart.body());
        RawExchange json = RawExchange.sendChunked("POST", "/sora/v1/videos", Map.of("Authorization", "Bearer "
                + client.key(), "Content-Type", "application/json"), ("{\"type\":\"video_gen\",\"prompt\":\"p\","
                + "\"n_variants\":1,\"n_frames\":150,\"height\":480,\"width\":854}").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, json.status(), json.body());
        assertEquals("success", json.json().path("code").asText(), json.body());
    }

    private RawExchange get(String target) throws IOException {
        return RawExchange.send("GET", target, Map.of("Authorization", "Bearer " + client.key()), new byte[0]);
    }

    private RawExchange post(String target, String contentType, String body) throws IOException {
        return RawExchange.send("POST", target, Map.of("Authorization", "Bearer " + client.key(), "Content-Type",
                contentType), body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertOpenAi(RawExchange answer, int status, String what) throws IOException {
        assertEquals(status, answer.status(), what + ": " + answer.body());
        assertEquals("application/json", answer.headers().get("content-type"), what);
        assertEquals("invalid_request_error", answer.json().path("error").path("type").asText(), what);
        assertTrue(answer.json().path("error").has("param"), what);
    }

    private static ValidatableResponse openAi(ValidatableResponse answer, int status) {
        return answer.statusCode(status).contentType("application/json").body("error.type", equalTo(
                "invalid_request_error")).body("error.containsKey('param')", equalTo(true));
    }
}
