package dev.videoapiemulator.control;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.support.Videos;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One key used by two tests (X-Emulator-Test-Id) is two separate worlds. */
@QuarkusTest
class TestIdIsolationTest {

    private static final byte[] CLIP = Videos.mp4(64, 48, 48, 24);

    private final String key = "sk-shared-" + UUID.randomUUID();
    private final String alpha = "alpha-" + UUID.randomUUID();
    private final String beta = "beta-" + UUID.randomUUID();

    private RequestSpecification as(String testId) {
        return given().header("Authorization", "Bearer " + key).header(ApiCaller.TEST_ID_HEADER, testId);
    }

    private String create(String testId, String prompt) {
        return as(testId).multiPart("prompt", prompt).post("/v1/videos").then().statusCode(200).extract().path("id");
    }

    @Test
    void jobsAreSeparatePerTest() {
        String alphaVideo = create(alpha, "alpha's");
        String betaVideo = create(beta, "beta's");

        as(alpha).get("/v1/videos/" + alphaVideo).then().statusCode(200);
        assertError(as(beta).get("/v1/videos/" + alphaVideo).then(), 404, "invalid_request_error", null, null);
        assertError(given().header("Authorization", "Bearer " + key).get("/v1/videos/" + alphaVideo).then(), 404,
                "invalid_request_error", null, null);

        as(alpha).get("/v1/videos").then().statusCode(200).body("data.id", contains(alphaVideo));
        as(beta).get("/v1/videos").then().statusCode(200).body("data.id", contains(betaVideo));

        assertError(as(beta).delete("/v1/videos/" + alphaVideo).then(), 404, "invalid_request_error", null, null);
        as(alpha).delete("/v1/videos/" + alphaVideo).then().statusCode(200);
        as(beta).get("/v1/videos/" + betaVideo).then().statusCode(200);
    }

    @Test
    void charactersAreSeparatePerTest() {
        String character = as(alpha).multiPart("name", "Mossy").multiPart("video", "mossy.mp4", CLIP, "video/mp4")
                .post("/v1/videos/characters").then().statusCode(200).extract().path("id");
        as(alpha).get("/v1/videos/characters/" + character).then().statusCode(200);
        assertError(as(beta).get("/v1/videos/characters/" + character).then(), 404, "invalid_request_error", null,
                null);
        given().queryParam("part", "jobs").queryParam("test_id", alpha).post("/__emulator/reset").then()
                .statusCode(200);
        assertError(as(alpha).get("/v1/videos/characters/" + character).then(), 404, "invalid_request_error", null,
                null);
    }

    @Test
    void controlApiFiltersByTest() {
        String alphaVideo = create(alpha, "alpha's");
        create(beta, "beta's");
        given().queryParam("test_id", alpha).get("/__emulator/jobs").then().statusCode(200)
                .body("data.id", contains(alphaVideo))
                .body("data.test_id", everyItem(equalTo(alpha)))
                .body("data.key", everyItem(equalTo(key)));
    }

    @Test
    void journalIsSeparatePerTest() {
        create(alpha, "alpha's");
        as(alpha).get("/v1/videos").then().statusCode(200);
        create(beta, "beta's");
        given().queryParam("test_id", alpha).get("/__emulator/journal").then().statusCode(200)
                .body("data.method", contains("GET", "POST"))
                .body("data.test_id", everyItem(equalTo(alpha)));
        given().queryParam("test_id", beta).get("/__emulator/journal").then().body("data.method", contains("POST"));
    }

    @Test
    void resetOfOneTestLeavesTheOther() {
        String alphaVideo = create(alpha, "alpha's");
        String betaVideo = create(beta, "beta's");
        given().queryParam("test_id", alpha).post("/__emulator/reset").then().statusCode(200)
                .body("test_id", equalTo(alpha));
        given().queryParam("test_id", alpha).get("/__emulator/journal").then().body("data.size()", equalTo(0));
        given().queryParam("test_id", beta).get("/__emulator/journal").then().body("data.size()", equalTo(1));
        assertError(as(alpha).get("/v1/videos/" + alphaVideo).then(), 404, "invalid_request_error", null, null);
        as(beta).get("/v1/videos/" + betaVideo).then().statusCode(200);
    }
}
