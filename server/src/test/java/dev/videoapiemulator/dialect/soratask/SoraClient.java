package dev.videoapiemulator.dialect.soratask;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.videoapiemulator.support.Bodies;
import dev.videoapiemulator.support.Emulator;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;

/** Calls the task API with one fresh key, and checks its {"code","message","data"} error envelope. */
final class SoraClient {

    static final String TASKS = "/sora/v1/videos";

    private final Emulator emulator = Emulator.freshKey();

    Emulator emulator() {
        return emulator;
    }

    /** A valid body: the document's own example, changed by {@code overrides} (a null value removes a field). */
    static Map<String, Object> body(Object... overrides) {
        return Bodies.changed(Map.of("type", "video_gen", "prompt", "fly man", "n_variants", 1, "n_frames", 150,
                "height", 480, "width", 854, "style", "natural", "operation", "simple_compose"), overrides);
    }

    ValidatableResponse post(Map<String, ?> body) {
        return emulator.request().contentType(ContentType.JSON).body(body).post(TASKS).then();
    }

    String create(Object... overrides) {
        return post(body(overrides)).statusCode(200).body("code", equalTo("success")).body("message", equalTo(""))
                .extract().path("data");
    }

    ValidatableResponse task(String taskId) {
        return emulator.request().get(TASKS + "/" + taskId).then();
    }

    String succeeded(Object... overrides) {
        String taskId = create(overrides);
        Emulator.advanceClock(Duration.ofMinutes(1));
        task(taskId).statusCode(200).body("data.status", equalTo("SUCCESS"));
        return taskId;
    }

    static ValidatableResponse assertError(ValidatableResponse response, int status, String code) {
        return response.statusCode(status).contentType("application/json").body("code", equalTo(code))
                .body("data", nullValue());
    }

    static ValidatableResponse assertInvalid(ValidatableResponse response, String code, String message) {
        return assertError(response, 400, code).body("message", equalTo(message));
    }
}
