package dev.videoapiemulator.journal;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every API request is journaled; the journal is queried, counted and cleared over /__emulator/journal. */
@QuarkusTest
class JournalTest {

    private final Emulator client = Emulator.freshKey();

    private long count(Map<String, ?> criteria) {
        return given().contentType(ContentType.JSON).body(criteria).post("/__emulator/journal/count").then()
                .statusCode(200).extract().jsonPath().getLong("count");
    }

    @Test
    void recordsEachRequestAsTheClientMadeIt() {
        long before = given().get("/__emulator/clock").then().extract().jsonPath().getLong("now");
        String id = client.create("prompt", "journaled");
        client.request().get("/v1/videos?limit=5&order=asc").then().statusCode(200);
        client.get(id).statusCode(200);
        given().queryParam("key", client.key()).get("/__emulator/journal").then().statusCode(200)
                .body("object", equalTo("list"))
                .body("data.method", contains("GET", "GET", "POST"))
                .body("data.path", contains("/v1/videos/" + id, "/v1/videos", "/v1/videos"))
                .body("data.query", contains(null, "limit=5&order=asc", null))
                .body("data.status", everyItem(equalTo(200)))
                .body("data.profile", everyItem(equalTo("openai")))
                .body("data.key", everyItem(equalTo(client.key())))
                .body("data.test_id", everyItem(nullValue()))
                .body("data.scenario", everyItem(nullValue()))
                .body("data[0].time", greaterThanOrEqualTo(before))
                .body("data[0].duration_ms", notNullValue())
                .body("has_more", equalTo(false));
    }

    @Test
    void requestsThatTakeNoBodyMayStillNameItsType() {
        String id = client.create("prompt", "typed get");
        client.request().contentType(ContentType.JSON).get("/v1/videos").then().statusCode(200);
        client.request().contentType(ContentType.JSON).body("{}").get("/v1/videos/" + id).then().statusCode(200);
        client.request().contentType(ContentType.JSON).body("{\"x\":1}").delete("/v1/videos/" + id).then()
                .statusCode(200).body("deleted", equalTo(true));
        assertCount(1, Map.of("key", client.key(), "method", "DELETE", "status", 200));
    }

    @Test
    void recordsRefusalsAndUnknownPaths() {
        given().header("Authorization", "Bearer ").get("/sora/v1/videos").then().statusCode(401);
        client.request().get("/v1/no-such-endpoint").then().statusCode(404);
        client.request().get("/kling/v1/videos/missing-" + client.key()).then().statusCode(404);
        assertCount(1, Map.of("key", client.key(), "path", "/v1/no-such-endpoint", "status", 404));
        assertCount(1, Map.of("key", client.key(), "profile", "kling", "status", 404));
        given().queryParam("path", "/sora/v1/videos").queryParam("status", 401).queryParam("limit", 1)
                .get("/__emulator/journal").then().body("data[0].profile", equalTo("sora"))
                .body("data[0].key", nullValue());
    }

    @Test
    void filtersAndCounts() {
        String id = client.create("prompt", "counted");
        client.get(id).statusCode(200);
        client.get(id).statusCode(200);
        client.request().get("/v1/videos/video_missing").then().statusCode(404);
        long now = given().get("/__emulator/clock").then().extract().jsonPath().getLong("now");

        assertCount(4, Map.of("key", client.key()));
        assertCount(3, Map.of("key", client.key(), "method", "get"));
        assertCount(2, Map.of("key", client.key(), "path", "/v1/videos/" + id));
        assertCount(3, Map.of("key", client.key(), "path_regex", "/v1/videos/video_.*"));
        assertCount(1, Map.of("key", client.key(), "status", 404));
        assertCount(1, Map.of("key", client.key(), "status", "404"));
        assertCount(4, Map.of("key", client.key(), "profile", "openai"));
        assertCount(0, Map.of("key", client.key(), "scenario", "slow"));
        assertCount(0, Map.of("key", client.key(), "test_id", "someone-else"));
        assertCount(0, Map.of("key", client.key(), "since", now + 60_000));

        given().queryParam("key", client.key()).queryParam("method", "GET").queryParam("limit", 2)
                .get("/__emulator/journal").then().body("data.size()", equalTo(2)).body("has_more", equalTo(true));
        given().queryParam("key", client.key()).queryParam("path_regex", ".*missing")
                .get("/__emulator/journal").then().body("data.status", contains(404));
    }

    @Test
    void anEmptyCountCountsEverything() {
        client.create("prompt", "one more");
        long all = given().contentType(ContentType.JSON).post("/__emulator/journal/count").then().statusCode(200)
                .extract().jsonPath().getLong("count");
        org.junit.jupiter.api.Assertions.assertTrue(all >= 1);
    }

    @Test
    void refusesBadCriteria() {
        assertError(given().queryParam("stauts", 200).get("/__emulator/journal").then(), 400,
                "invalid_request_error", "stauts", "unknown_parameter");
        assertError(given().contentType(ContentType.JSON).body(Map.of("paht", "/v1/videos"))
                .post("/__emulator/journal/count").then(), 400, "invalid_request_error", "paht", "unknown_parameter");
        assertError(given().queryParam("path_regex", "(unclosed").get("/__emulator/journal").then(), 400,
                "invalid_request_error", "path_regex", "invalid_value");
        assertError(given().queryParam("status", "ok").get("/__emulator/journal").then(), 400,
                "invalid_request_error", "status", "invalid_type");
        assertError(given().queryParam("limit", 0).get("/__emulator/journal").then(), 400, "invalid_request_error",
                "limit", "integer_below_min_value");
        assertError(given().contentType(ContentType.JSON).body(Map.of("status", Map.of("gte", 400)))
                .post("/__emulator/journal/count").then(), 400, "invalid_request_error", "status", "invalid_type");
        assertError(given().contentType(ContentType.JSON).body("{\"status\":")
                .post("/__emulator/journal/count").then(), 400, "invalid_request_error", null, null);
    }

    @Test
    void controlRequestsAreNotJournaled() {
        given().get("/__emulator/clock").then().statusCode(200);
        assertCount(0, Map.of("path_regex", "/__emulator.*"));
    }

    @Test
    void clears() {
        client.create("prompt", "forgotten");
        given().delete("/__emulator/journal").then().statusCode(200).body("cleared", equalTo(true));
        assertCount(0, Map.of("key", client.key()));
        client.request().get("/v1/videos").then().statusCode(200);
        assertCount(1, Map.of("key", client.key()));
    }

    private void assertCount(long expected, Map<String, ?> criteria) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, count(criteria), criteria.toString());
    }
}
