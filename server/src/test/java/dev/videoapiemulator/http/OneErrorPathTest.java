package dev.videoapiemulator.http;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.http.HostileRequest.Header;
import dev.videoapiemulator.http.HostileRequest.Length;
import dev.videoapiemulator.http.RawHttp.RawAnswer;
import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.RuntimeScenarios;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each error is written once, by the envelope of the profile the path speaks, from whichever layer
 * refuses the request: a scenario, the form parser, the percent-decoder, the router, a Range.
 */
@QuarkusTest
class OneErrorPathTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        RawAnswer sora = get("/sora/v1/videos/%zz");
        assertEquals(400, sora.status(), sora.toString());
        assertEquals("invalid_url", json(sora).path("code").asText(), sora.toString());
        assertTrue(json(sora).path("data").isNull(), sora.toString());
        RawAnswer relay = get("/openai-relay/v1/videos?after=%G1");
        assertEquals(400, relay.status(), relay.toString());
        assertEquals("invalid_request_error", json(relay).path("error").path("type").asText(), relay.toString());
        assertFalse(json(relay).path("error").has("param"), relay.toString());
        assertEquals(200, get("/q/health/ready").status());
    }

    @Test
    void formsThatCannotBeReadAre400s() throws IOException {
        String nameless = "--b0undary\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b0undary--\r\n";
        assertOpenAi(post("/v1/videos", "multipart/form-data; boundary=b0undary", nameless), 400, "nameless part");
        String charset = "--b0undary\r\nContent-Disposition: form-data; name=\"prompt\"\r\n"
                + "Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nx\r\n--b0undary--\r\n";
        RawAnswer unknownCharset = post("/veo/v1/videos", "multipart/form-data; boundary=b0undary", charset);
        assertOpenAi(unknownCharset, 400, "unknown charset");
        assertTrue(json(unknownCharset).path("error").path("message").asText().startsWith("We could not read a part"),
                unknownCharset.toString());
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
        RawAnswer tooLarge = raw().send(new HostileRequest("oversize", "POST", "/openai-relay/v1/videos",
                List.of(new Header("Content-Type", "application/json"), new Header("Content-Length", "999999999999")),
                new byte[0], Length.AS_GIVEN));
        assertEquals(413, tooLarge.status(), tooLarge.toString());
        assertEquals("request_too_large", json(tooLarge).path("error").path("code").asText(), tooLarge.toString());
        assertFalse(json(tooLarge).path("error").has("param"), tooLarge.toString());
    }

    @Test
    void chunkedBodiesWithinTheLimitAreServedAsAnyOther() throws IOException {
        String form = "--b0undary\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\n" + "a long river ".repeat(200)
                + "\r\n--b0undary--\r\n";
        RawAnswer multipart = raw().send(HostileRequest.post("chunked", "/v1/videos",
                "multipart/form-data; boundary=b0undary", form.getBytes(StandardCharsets.UTF_8))
                .withLength(Length.CHUNKED));
        assertEquals(200, multipart.status(), multipart.toString());
        assertTrue(json(multipart).path("prompt").asText().startsWith("a long river"), multipart.toString());
        RawAnswer task = raw().send(HostileRequest.post("chunked", "/sora/v1/videos", "application/json",
                ("{\"type\":\"video_gen\",\"prompt\":\"p\",\"n_variants\":1,\"n_frames\":150,\"height\":480,"
                        + "\"width\":854}").getBytes(StandardCharsets.UTF_8)).withLength(Length.CHUNKED));
        assertEquals(200, task.status(), task.toString());
        assertEquals("success", json(task).path("code").asText(), task.toString());
    }

    /** Sent byte by byte: HTTP clients refuse bad percent-escapes and lying lengths. */
    private RawHttp raw() {
        return new RawHttp("127.0.0.1", RestAssured.port, client.key());
    }

    private RawAnswer get(String target) {
        return raw().send(HostileRequest.get("one error path", target));
    }

    private RawAnswer post(String target, String contentType, String body) {
        return raw().send(HostileRequest.post("one error path", target, contentType,
                body.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(RawAnswer answer) throws IOException {
        return JSON.readTree(answer.body());
    }

    private static void assertOpenAi(RawAnswer answer, int status, String what) throws IOException {
        assertEquals(status, answer.status(), what + ": " + answer);
        assertEquals("application/json", answer.contentType(), what);
        assertEquals("invalid_request_error", json(answer).path("error").path("type").asText(), what);
        assertTrue(json(answer).path("error").has("param"), what);
    }

    private static ValidatableResponse openAi(ValidatableResponse answer, int status) {
        return answer.statusCode(status).contentType("application/json").body("error.type", equalTo(
                "invalid_request_error")).body("error.containsKey('param')", equalTo(true));
    }
}
