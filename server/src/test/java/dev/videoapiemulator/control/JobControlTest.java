package dev.videoapiemulator.control;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.FrozenClock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** /__emulator/jobs: list any key's jobs, inspect them and force their course. */
@QuarkusTest
class JobControlTest {

    private final Emulator client = Emulator.freshKey();

    @Test
    void inspectsAnyKeysJob() {
        String id = client.create("prompt", "a red kite", "model", "sora-2-pro", "seconds", "8");
        given().get("/__emulator/jobs/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("key", equalTo(client.key()))
                .body("test_id", nullValue())
                .body("profile", equalTo("openai"))
                .body("model", equalTo("sora-2-pro"))
                .body("seconds", equalTo(8))
                .body("prompt", equalTo("a red kite"));
    }

    @Test
    void listsNewestFirstWithFilters() {
        String first = client.create("prompt", "one");
        String second = client.create("prompt", "two");
        given().queryParam("key", client.key()).get("/__emulator/jobs").then().statusCode(200)
                .body("object", equalTo("list"))
                .body("data.id", contains(second, first))
                .body("has_more", equalTo(false));
        given().queryParam("key", client.key()).queryParam("limit", 1).get("/__emulator/jobs").then()
                .body("data.id", contains(second))
                .body("has_more", equalTo(true));
        given().post("/__emulator/jobs/" + first + "/complete").then().statusCode(200);
        given().queryParam("key", client.key()).queryParam("status", "completed").get("/__emulator/jobs").then()
                .body("data.id", contains(first));
        given().queryParam("key", client.key()).queryParam("profile", "veo").get("/__emulator/jobs").then()
                .body("data", hasSize(0));
        given().queryParam("status", "failed").queryParam("limit", 50).get("/__emulator/jobs").then()
                .body("data.status", everyItem(equalTo("failed")));
    }

    @Test
    void refusesBadListParameters() {
        assertInvalid(given().queryParam("status", "done").get("/__emulator/jobs").then(), "status", "invalid_value",
                "Invalid value: 'done'. Supported values are: 'queued', 'in_progress', 'completed', and 'failed'.");
        assertError(given().queryParam("limit", 0).get("/__emulator/jobs").then(), 400, "invalid_request_error",
                "limit", "integer_below_min_value");
        assertError(given().queryParam("limit", "many").get("/__emulator/jobs").then(), 400, "invalid_request_error",
                "limit", "invalid_type");
    }

    @Test
    void completesAJob() {
        String id = client.create("prompt", "done soon");
        given().post("/__emulator/jobs/" + id + "/complete").then().statusCode(200)
                .body("status", equalTo("completed")).body("progress", equalTo(100));
        client.get(id).statusCode(200).body("status", equalTo("completed"));
    }

    @Test
    void failsAJobWithDefaultsOrTheGivenError() {
        String blocked = client.create("prompt", "blocked");
        given().post("/__emulator/jobs/" + blocked + "/fail").then().statusCode(200).body("status", equalTo("failed"));
        client.get(blocked).body("error.code", equalTo(JobControlResource.DEFAULT_FAILURE_CODE))
                .body("error.message", equalTo(JobControlResource.DEFAULT_FAILURE_MESSAGE));

        String broken = client.create("prompt", "broken");
        given().queryParam("code", "internal_error").queryParam("message", "The render farm is on fire.")
                .post("/__emulator/jobs/" + broken + "/fail").then().statusCode(200);
        client.get(broken).body("status", equalTo("failed")).body("error.code", equalTo("internal_error"))
                .body("error.message", equalTo("The render farm is on fire."));
    }

    @Test
    void holdsAJobInProgress() {
        try (var clock = FrozenClock.freeze()) {
            String id = client.create("prompt", "stuck");
            given().queryParam("value", 42).post("/__emulator/jobs/" + id + "/progress").then().statusCode(200)
                    .body("status", equalTo("in_progress")).body("progress", equalTo(42));
            Emulator.advanceClock(Duration.ofHours(1));
            client.get(id).statusCode(200).body("status", equalTo("in_progress")).body("progress", equalTo(42));
            given().post("/__emulator/jobs/" + id + "/complete").then().body("status", equalTo("completed"));
        }
    }

    @Test
    void refusesABadProgress() {
        String id = client.create("prompt", "never moved");
        assertError(given().post("/__emulator/jobs/" + id + "/progress").then(), 400, "invalid_request_error", "value",
                "missing_required_parameter");
        assertError(given().queryParam("value", 101).post("/__emulator/jobs/" + id + "/progress").then(), 400,
                "invalid_request_error", "value", "integer_above_max_value");
        assertError(given().queryParam("value", -1).post("/__emulator/jobs/" + id + "/progress").then(), 400,
                "invalid_request_error", "value", "integer_below_min_value");
        assertError(given().queryParam("value", "half").post("/__emulator/jobs/" + id + "/progress").then(), 400,
                "invalid_request_error", "value", "invalid_type");
    }

    @Test
    void deletesAJob() {
        String id = client.create("prompt", "gone");
        given().delete("/__emulator/jobs/" + id).then().statusCode(200).body("id", equalTo(id))
                .body("deleted", equalTo(true));
        assertError(client.get(id), 404, "invalid_request_error", null, null);
        assertError(given().delete("/__emulator/jobs/" + id).then(), 404, "invalid_request_error", null, null);
    }

    @Test
    void unknownJobsAre404() {
        String id = "video_does_not_exist";
        assertError(given().get("/__emulator/jobs/" + id).then(), 404, "invalid_request_error", null, null)
                .body("error.message", equalTo("No job with id 'video_does_not_exist'."));
        assertError(given().post("/__emulator/jobs/" + id + "/complete").then(), 404, "invalid_request_error", null,
                null);
        assertError(given().post("/__emulator/jobs/" + id + "/fail").then(), 404, "invalid_request_error", null, null);
        assertError(given().queryParam("value", 5).post("/__emulator/jobs/" + id + "/progress").then(), 404,
                "invalid_request_error", null, null);
    }
}
