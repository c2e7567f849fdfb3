package dev.videoapiemulator.dialect.newapi;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import dev.videoapiemulator.support.Bodies;
import dev.videoapiemulator.support.Emulator;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/** Calls new-api's task routes with one fresh key, and checks its three error shapes. */
final class NewApiClient {

    static final String ROOT = "/new-api/v1";
    static final String TASKS = ROOT + "/video/generations";
    static final String TASK_ID = "task_[0-9a-zA-Z]{32}";
    static final String REQUEST_ID = " \\(request id: \\d{23}[0-9a-zA-Z]{8}\\)";

    private final Emulator emulator = Emulator.freshKey();

    Emulator emulator() {
        return emulator;
    }

    /** A valid body for {@code model}, changed by {@code overrides} (a null value removes a field). */
    static Map<String, Object> body(String model, Object... overrides) {
        return Bodies.changed(Map.of("model", model, "prompt", "a paper boat in the rain"), overrides);
    }

    ValidatableResponse post(Map<String, ?> body) {
        return emulator.request().contentType(ContentType.JSON).body(body).post(TASKS).then();
    }

    ValidatableResponse postRaw(String json) {
        return emulator.request().contentType(ContentType.JSON).body(json).post(TASKS).then();
    }

    /** Submits and returns the task id, failing unless new-api's submit answer came back. */
    String create(String model, Object... overrides) {
        return post(body(model, overrides)).statusCode(200).body("id", matchesPattern(TASK_ID))
                .body("object", equalTo("video")).body("status", equalTo("queued")).extract().path("id");
    }

    String succeeded(String model, Object... overrides) {
        String taskId = create(model, overrides);
        Emulator.advanceClock(Duration.ofMinutes(2));
        task(taskId).statusCode(200).body("data.status", equalTo("SUCCESS"));
        return taskId;
    }

    ValidatableResponse task(String taskId) {
        return emulator.request().get(TASKS + "/" + taskId).then();
    }

    ValidatableResponse video(String taskId) {
        return emulator.request().get(ROOT + "/videos/" + taskId).then();
    }

    ValidatableResponse content(String taskId) {
        return emulator.request().get(ROOT + "/videos/" + taskId + "/content").then();
    }

    /** The task layer's {"code","message","data":null}. */
    static ValidatableResponse assertTaskError(ValidatableResponse response, int status, String code,
            String message) {
        return response.statusCode(status).contentType("application/json").body("code", equalTo(code))
                .body("message", equalTo(message)).body("data", nullValue()).body("size()", equalTo(3));
    }

    /** The middleware's {"error":{"message":"... (request id: ...)","type":"new_api_error","code"}}. */
    static ValidatableResponse assertMiddlewareError(ValidatableResponse response, int status, String code,
            String message) {
        return response.statusCode(status).contentType("application/json")
                .body("error.message", matchesPattern(Pattern.quote(message) + REQUEST_ID))
                .body("error.type", equalTo("new_api_error")).body("error.code", equalTo(code))
                .body("error.size()", equalTo(3)).body("size()", equalTo(1));
    }

    /** The content proxy's {"error":{"message","type"}}, without a code. */
    static ValidatableResponse assertProxyError(ValidatableResponse response, int status, String type,
            String message) {
        return response.statusCode(status).contentType("application/json").body("error.message", equalTo(message))
                .body("error.type", equalTo(type)).body("error.size()", equalTo(2)).body("size()", equalTo(1));
    }
}
