package dev.videoapiemulator.dialect.newapi;

import static dev.videoapiemulator.dialect.newapi.NewApiClient.assertMiddlewareError;
import static dev.videoapiemulator.dialect.newapi.NewApiClient.assertTaskError;
import static dev.videoapiemulator.dialect.newapi.NewApiClient.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The profile is chosen by its prefix or by a key bound to it (src/test/resources/fixtures-test/
 * new-api-key-bound.json), and every error it answers, from any layer, is in one of new-api's shapes.
 */
@QuarkusTest
class NewApiProfileTest {

    private static RequestSpecification bound() {
        return given().header("Authorization", "Bearer sk-bound-to-new-api");
    }

    private final String testId = "new-api-" + UUID.randomUUID();

    @AfterEach
    void dropScenarios() {
        given().queryParam("test_id", testId).delete("/__emulator/scenarios").then().statusCode(204);
    }

    @Test
    void theProfileIsListed() {
        given().get("/profiles").then().statusCode(200).body("data.name", hasItem("new-api"));
    }

    @Test
    void aBoundKeyReachesEveryRouteAtTheBarePaths() {
        String id = bound().contentType(ContentType.JSON).body(body("kling-v1")).post("/v1/video/generations").then()
                .statusCode(200).body("object", equalTo("video")).extract().path("id");
        bound().get("/v1/video/generations/" + id).then().statusCode(200).body("data.task_id", equalTo(id));
        Emulator.advanceClock(Duration.ofMinutes(2));
        String url = bound().get("/v1/videos/" + id).then().statusCode(200).body("status", equalTo("completed"))
                .extract().path("metadata.url");
        bound().get("/v1/videos/" + id + "/content").then().statusCode(200).contentType("video/mp4");
        bound().get(url).then().statusCode(200).contentType("video/mp4");
        bound().get("/new-api/v1/video/generations/" + id).then().statusCode(200)
                .body("data.status", equalTo("SUCCESS"));
    }

    @Test
    void errorsAtTheBarePathsAreNewApis() {
        assertTaskError(bound().contentType(ContentType.JSON).body(body("kling-v1", "prompt", " "))
                .post("/v1/video/generations").then(), 400, "invalid_request", "prompt is required");
        assertTaskError(bound().get("/v1/videos/task_missing").then(), 400, "task_not_exist", "task_not_exist");
    }

    @Test
    void unboundKeysStayOnTheOfficialApiAtTheBarePaths() {
        Emulator.freshKey().request().contentType(ContentType.JSON).body(body("kling-v1"))
                .post("/v1/video/generations").then().statusCode(404)
                .body("error.message", startsWith("Invalid URL (POST /v1/video/generations)"));
    }

    @Test
    void withoutAKeyTheTokenMiddlewareAnswers() {
        assertMiddlewareError(given().contentType(ContentType.JSON).body(body("kling-v1"))
                .post(NewApiClient.TASKS).then(), 401, "", "未提供令牌");
        assertMiddlewareError(given().get(NewApiClient.TASKS + "/task_x").then(), 401, "", "未提供令牌");
    }

    @Test
    void overTheKeysRateTheMiddlewareAnswers() {
        RequestSpecification limited = given().header("Authorization", "Bearer sk-new-api-limited");
        limited.get(NewApiClient.TASKS + "/task_x").then().statusCode(400);
        limited.get(NewApiClient.TASKS + "/task_x").then().statusCode(429)
                .body("error.type", equalTo("new_api_error")).body("error.code", equalTo(""))
                .body("error.message", startsWith("Rate limit reached"));
    }

    @Test
    void httpErrorsAreInTheTaskEnvelope() {
        NewApiClient client = new NewApiClient();
        client.emulator().request().get("/new-api/v1/nothing").then().statusCode(404)
                .body("code", equalTo("not_found")).body("data", equalTo(null));
        client.emulator().request().delete(NewApiClient.TASKS + "/task_x").then().statusCode(405)
                .body("code", equalTo("method_not_allowed")).body("data", equalTo(null));
        client.emulator().request().contentType("text/plain").body("model=kling-v1").post(NewApiClient.TASKS).then()
                .statusCode(415).body("code", equalTo("unsupported_content_type")).body("data", equalTo(null));
    }

    @Test
    void aScriptedServerErrorIsATaskError() {
        given().contentType(ContentType.JSON).queryParam("test_id", testId).body("{\"name\":\"new-api-500\","
                + "\"match\":{\"profile\":\"new-api\",\"method\":\"POST\"},\"respond\":{\"status\":500}}")
                .post("/__emulator/scenarios").then().statusCode(201);
        new NewApiClient().emulator().request().header("X-Emulator-Test-Id", testId).contentType(ContentType.JSON)
                .body(body("kling-v1")).post(NewApiClient.TASKS).then().statusCode(500)
                .body("code", equalTo("do_request_failed")).body("data", equalTo(null));
    }
}
