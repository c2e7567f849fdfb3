package dev.videoapiemulator.http;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Errors raised by HTTP itself, below the endpoints' own rules, are JSON in OpenAI's envelope too. */
@QuarkusTest
class ErrorEnvelopeTest {

    private final Emulator client = Emulator.freshKey();

    @Test
    void unknownRouteIs404() {
        assertError(client.request().get("/v1/nothing-here").then(), 404, "invalid_request_error", null, null)
                .body("error.message", equalTo("Invalid URL (GET /v1/nothing-here)"));
        assertError(client.request().get("/not/an/api").then(), 404, "invalid_request_error", null, null);
    }

    @Test
    void wrongMethodIs405() {
        assertError(client.request().put("/v1/videos").then(), 405, "invalid_request_error", null, "method_not_allowed")
                .body("error.message", equalTo("Invalid method for URL (PUT /v1/videos)"));
        // Posting to /content by mistake must not look like a video.
        assertError(client.request().post("/v1/videos/video_abc/content").then(), 405, "invalid_request_error", null,
                "method_not_allowed");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        assertError(client.request().contentType(ContentType.TEXT).body("prompt=cat").post("/v1/videos").then(), 415,
                "invalid_request_error", null, "unsupported_content_type")
                .body("error.message", containsString("'text/plain"));
    }

    @Test
    void malformedJsonIs400() {
        assertError(client.request().contentType(ContentType.JSON).body("{\"prompt\": ").post("/v1/videos").then(), 400,
                "invalid_request_error", null, null)
                .body("error.message", containsString("We could not parse the JSON body of your request."));
        assertError(client.request().contentType(ContentType.JSON).body("[1,2]").post("/v1/videos").then(), 400,
                "invalid_request_error", null, null);
        assertError(client.request().contentType(ContentType.JSON).body("").post("/v1/videos").then(), 400,
                "invalid_request_error", null, null);
    }

    @Test
    void truncatedMultipartIs400() {
        String truncated = "--b0undary\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\nhalf a bo";
        assertError(client.request().contentType("multipart/form-data; boundary=b0undary").body(truncated.getBytes())
                .post("/v1/videos").then(), 400, "invalid_request_error", null, null)
                .body("error.message", containsString("multipart"));
    }

    @Test
    void acceptHeadersDoNotChangeTheAnswer() {
        client.request().accept("application/binary").get("/v1/videos").then().statusCode(200)
                .contentType(ContentType.JSON).body("object", equalTo("list"));
        client.request().accept("text/html").get("/v1/videos/video_missing").then().statusCode(404)
                .contentType(ContentType.JSON);
    }
}
