package dev.videoapiemulator.http;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.RuntimeScenarios;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
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
    void badPercentEscapesAreJsonInTheAskersEnvelope() {
        openAi(client.request().urlEncodingEnabled(false).get("/v1/videos/%zz").then(), 400);
        openAi(client.request().urlEncodingEnabled(false).get("/v1/videos?limit=%").then(), 400);
        openAi(client.request().urlEncodingEnabled(false).get("/kling/v1/videos/x/content?variant=%zz").then(), 400);
        client.request().urlEncodingEnabled(false).get("/sora/v1/videos/%zz").then().statusCode(400)
                .contentType("application/json").body("code", equalTo("invalid_request")).body("data", nullValue());
        client.request().urlEncodingEnabled(false).get("/openai-relay/v1/videos?after=%G1").then().statusCode(400)
                .contentType("application/json").body("error.type", equalTo("invalid_request_error"))
                .body("error.containsKey('param')", equalTo(false));
    }

    @Test
    void formsThatCannotBeReadAre400s() {
        String boundary = "b0undary";
        String nameless = "--" + boundary + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n--" + boundary + "--\r\n";
        openAi(client.request().contentType("multipart/form-data; boundary=" + boundary).body(nameless)
                .post("/v1/videos").then(), 400);
        String charset = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"prompt\"\r\n"
                + "Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nx\r\n--" + boundary + "--\r\n";
        openAi(client.request().contentType("multipart/form-data; boundary=" + boundary).body(charset)
                .post("/veo/v1/videos").then(), 400).body("error.message", startsWith("We could not read a part"));
        openAi(client.request().contentType("multipart/form-data; boundary=").body(nameless)
                .post("/v1/videos").then(), 400);
    }

    @Test
    void unsatisfiableRangesAreWordedByTheDialect() {
        String id = client.create("prompt", "ranges");
        Emulator.advanceClock(Duration.ofMinutes(2));
        openAi(client.request().header("Range", "bytes=999999999-").get("/v1/videos/" + id + "/content").then(), 416)
                .header("Content-Range", startsWith("bytes */"));
    }

    @Test
    void unknownPathsAndOversizeBodiesUnderARelayPrefixUseItsEnvelope() {
        client.request().get("/sora/v1/nothing-here").then().statusCode(404).contentType("application/json")
                .body("code", equalTo("not_found")).body("data", nullValue());
        client.request().header("Content-Length", "999999999999").body(new byte[0]).post("/openai-relay/v1/videos")
                .then().statusCode(413).body("error.code", equalTo("request_too_large"))
                .body("error.containsKey('param')", equalTo(false));
    }

    private static ValidatableResponse openAi(ValidatableResponse answer, int status) {
        return answer.statusCode(status).contentType("application/json").body("error.type", equalTo(
                "invalid_request_error")).body("error.containsKey('param')", equalTo(true));
    }
}
