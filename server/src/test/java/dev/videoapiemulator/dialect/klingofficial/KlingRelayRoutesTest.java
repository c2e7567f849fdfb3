package dev.videoapiemulator.dialect.klingofficial;

import static dev.videoapiemulator.dialect.klingofficial.Kling.refused;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.videoapiemulator.support.KlingTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * new-api's routes for Kling, /kling/v1/videos/text2video..., beside the seed-003 kling profile's
 * /kling/v1/videos: the relay's own API keys there, no token; Kling's answers and envelope.
 */
@QuarkusTest
class KlingRelayRoutesTest {

    private final String key = "sk-relay-" + UUID.randomUUID();
    private final String testId = "kling-relay-" + UUID.randomUUID();

    private RequestSpecification relay() {
        return given().header("Authorization", "Bearer " + key).header("X-Emulator-Test-Id", testId);
    }

    @Test
    void aRelayKeyCreatesPollsAndDownloadsThroughNewApisRoutes() {
        String id = relay().contentType(ContentType.JSON).body(Map.of("prompt", "A lantern", "duration", "10"))
                .post("/kling/v1/videos/text2video").then().statusCode(200).body("code", equalTo(0))
                .body("data.task_status", equalTo("submitted")).extract().path("data.task_id");
        given().queryParam("test_id", testId).queryParam("by", "PT1M").post("/__emulator/clock/advance").then()
                .statusCode(200);
        String url = relay().get("/kling/v1/videos/text2video/" + id).then().statusCode(200)
                .body("data.task_status", equalTo("succeed")).body("data.task_result.videos[0].duration", equalTo("10"))
                .extract().path("data.task_result.videos[0].url");
        assertEquals("/kling/v1/videos/text2video/" + id + "/content", URI.create(url).getPath());
        relay().get(url).then().statusCode(200).contentType("video/mp4");
        relay().get("/kling/v1/videos/text2video").then().statusCode(200).body("data[0].task_id", equalTo(id));
    }

    @Test
    void theSeed003KlingProfileKeepsItsOwnRoutesBeside() {
        String id = relay().multiPart("prompt", "a lighthouse").post("/kling/v1/videos").then().statusCode(200)
                .body("object", equalTo("video")).extract().path("id");
        relay().get("/kling/v1/videos/" + id).then().statusCode(200).body("id", equalTo(id));
        refused(relay().get("/kling/v1/videos/text2video/" + id).then(), 404, 1203);
        relay().get("/kling/v1/videos/task_nosuch").then().statusCode(404).body("error.type",
                equalTo("invalid_request_error"));
    }

    @Test
    void errorsAtNewApisRoutesComeInKlingsEnvelope() {
        refused(given().get("/kling/v1/videos/text2video").then(), 401, 1000);
        refused(relay().get("/kling/v1/videos/text2video/1/extra").then(), 404, 1202);
        refused(relay().contentType(ContentType.JSON).body("{").post("/kling/v1/videos/image2video").then(), 400,
                1200);
        refused(relay().multiPart("prompt", "p").post("/kling/v1/videos/text2video").then(), 415, 1200);
    }

    @Test
    void aTokenIsNoRelayKeyAndARelayKeyIsNoToken() {
        String token = KlingTokens.valid(KlingTokens.ACCESS_KEY, KlingTokens.SECRET);
        String id = given().header("Authorization", KlingTokens.bearer(token)).contentType(ContentType.JSON)
                .body(Map.of("prompt", "p")).post("/kling-official/v1/videos/text2video").then().statusCode(200)
                .extract().path("data.task_id");
        refused(relay().get("/kling-official/v1/videos/text2video/" + id).then(), 401, 1002);
        // At new-api's routes the bearer value is the key itself: a token is a key of its own, with no tasks.
        refused(given().header("Authorization", KlingTokens.bearer(token)).get("/kling/v1/videos/text2video/" + id)
                .then(), 404, 1203);
    }
}
