package dev.videoapiemulator.dialect.soratask;

import static dev.videoapiemulator.dialect.soratask.SoraClient.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A key bound to the sora profile in a fixture reaches the task API at the bare /v1 paths.
 * The key is in the shared test fixture set, src/test/resources/fixtures-test/sora-task-key-bound.json.
 */
@QuarkusTest
class SoraTaskKeyBoundTest {

    private static RequestSpecification bound() {
        return given().header("Authorization", "Bearer sk-bound-to-sora");
    }

    @Test
    void theBarePathsServeTheTaskApi() {
        String taskId = bound().contentType(ContentType.JSON).body(SoraClient.body()).post("/v1/videos").then()
                .statusCode(200).body("code", equalTo("success")).extract().path("data");
        bound().get("/v1/videos/" + taskId).then().statusCode(200).body("data.status", equalTo("NOT_START"));
        Emulator.advanceClock(Duration.ofMinutes(1));
        String url = bound().get("/v1/videos/" + taskId).then().body("data.status", equalTo("SUCCESS"))
                .extract().path("data.data.generations[0].url");
        bound().get(url).then().statusCode(200).contentType("video/mp4");
        bound().get("/sora/v1/videos/" + taskId).then().statusCode(200).body("data.task_id", equalTo(taskId));
    }

    @Test
    void errorsAtTheBarePathsUseTheTaskEnvelope() {
        assertError(bound().contentType(ContentType.JSON).body(SoraClient.body("n_frames", 450)).post("/v1/videos")
                .then(), 400, "invalid_value");
        assertError(bound().get("/v1/videos/task_missing").then(), 400, "task_not_exist");
    }

    @Test
    void unboundKeysStayOnTheOfficialApi() {
        Emulator other = Emulator.freshKey();
        other.request().contentType(ContentType.JSON).body(SoraClient.body()).post("/v1/videos").then()
                .statusCode(400).body("error.message", startsWith("Unknown parameter"));
    }
}
