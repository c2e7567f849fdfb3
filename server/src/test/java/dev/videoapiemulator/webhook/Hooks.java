package dev.videoapiemulator.webhook;

import static io.restassured.RestAssured.given;

import dev.videoapiemulator.api.ApiCaller;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One test's world: its own test id for jobs, endpoints and scenarios, and the control API calls on it. */
final class Hooks {

    final String testId = "webhooks-" + UUID.randomUUID();
    final String key = "sk-hooks-" + UUID.randomUUID();

    RequestSpecification api() {
        return given().header("Authorization", "Bearer " + key).header(ApiCaller.TEST_ID_HEADER, testId);
    }

    /** Registers an endpoint for this test's jobs and returns its id. */
    String endpoint(Map<String, ?> body) {
        return given().header(ApiCaller.TEST_ID_HEADER, testId).contentType(ContentType.JSON).body(body)
                .post("/__emulator/webhooks").then().statusCode(201).extract().path("id");
    }

    void scenario(String json) {
        given().header(ApiCaller.TEST_ID_HEADER, testId).contentType(ContentType.JSON).body(json)
                .post("/__emulator/scenarios").then().statusCode(201);
    }

    /** Creates an official-API video and returns its id. */
    String video() {
        return api().multiPart("prompt", "A calico cat").multiPart("seconds", "4").post("/v1/videos").then()
                .statusCode(200).extract().path("id");
    }

    List<Map<String, Object>> deliveries(String... filters) {
        RequestSpecification request = given().queryParam("test_id", testId);
        for (int i = 0; i < filters.length; i += 2) {
            request = request.queryParam(filters[i], filters[i + 1]);
        }
        JsonPath answer = request.get("/__emulator/webhooks/deliveries").then().statusCode(200).extract().jsonPath();
        return answer.getList("data");
    }

    /** Moves this test's clock only: its jobs, and the deliveries reporting them, move; nobody else's do. */
    void advance(Duration by) {
        given().queryParam("test_id", testId).queryParam("by", by.toString()).post("/__emulator/clock/advance").then()
                .statusCode(200);
    }

    void reset() {
        given().post("/__emulator/reset?test_id=" + testId).then().statusCode(200);
    }
}
