package dev.videoapiemulator.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndDocsTest {

    @Test
    void liveAndReadyAnswerUpWithTheirReasons() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'emulator' }.data.fixtures", equalTo("loaded"))
                .body("checks.find { it.name == 'emulator' }.data.scheduler", equalTo("running"));
    }

    @Test
    void openApiDescribesEveryEndpointWithItsSchemas() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        org.hamcrest.MatcherAssert.assertThat(paths.keySet(), hasItems(
                "/v1/videos", "/v1/videos/{video_id}", "/v1/videos/{video_id}/remix", "/v1/videos/edits",
                "/v1/videos/extensions", "/v1/videos/characters", "/v1/videos/characters/{character_id}",
                "/v1/videos/{video_id}/content"));
        org.hamcrest.MatcherAssert.assertThat(paths.get("/v1/videos").keySet(), hasItems("get", "post"));
        org.hamcrest.MatcherAssert.assertThat(paths.get("/v1/videos/{video_id}").keySet(), hasItems("get", "delete"));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("components.schemas").keySet(), hasItems(
                "Video", "VideoList", "DeletedVideo", "VideoCharacter", "CreateVideoJsonBody",
                "CreateVideoMultipartBody", "CreateVideoRemixBody", "CreateVideoExtendJsonBody"));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("components.schemas.Video.properties").keySet(), hasItems(
                "id", "object", "created_at", "status", "completed_at", "error", "expires_at", "model", "progress",
                "prompt", "remixed_from_video_id", "seconds", "size"));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("paths.'/v1/videos'.post.requestBody.content").keySet(),
                hasItems("application/json", "multipart/form-data"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void everyResponseCarriesARequestId() {
        given().get("/v1/videos").then().header("x-request-id", notNullValue());
    }
}
