package dev.videoapiemulator.dialect.openai;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.videoapiemulator.webhook.WebhookEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The webhook-endpoints routes' checks, both sides of each, in the official envelope and under both roots. */
@QuarkusTest
class WebhookEndpointRequestsTest {

    private static final String ENDPOINTS = "/v1/webhook_endpoints";
    private static final String VALID = "{\"name\":\"n\",\"url\":\"https://example.com/hooks\","
            + "\"event_types\":[\"video.completed\"]}";

    private final String key = "sk-webhook-requests-" + UUID.randomUUID();

    private RequestSpecification api() {
        return keyed().contentType(ContentType.JSON);
    }

    private RequestSpecification keyed() {
        return given().header("Authorization", "Bearer " + key);
    }

    private ValidatableResponse create(String body) {
        return api().body(body).post(ENDPOINTS).then();
    }

    @Test
    void aValidEndpointIsAnsweredInTheSdksShapeUnderBothRoots() {
        create(VALID).statusCode(200)
                .body("id", startsWith("whe_"))
                .body("object", equalTo("webhook_endpoint"))
                .body("name", equalTo("n"))
                .body("url", equalTo("https://example.com/hooks"))
                .body("event_types", equalTo(List.of("video.completed")))
                .body("$", hasKey("updated_at"))
                .body("updated_at", nullValue())
                .body("signing_secret", startsWith("whsec_"))
                .body("signing_secret_hint", startsWith("whsec_****"));
        api().body(VALID).post("/openai" + ENDPOINTS).then().statusCode(200);
        keyed().get("/openai" + ENDPOINTS).then().statusCode(200).body("object", equalTo("list"))
                .body("data", hasSize(2)).body("data[0]", not(hasKey("signing_secret")));
        keyed().get("/v1/webhook_event_types").then().statusCode(200).body("object", equalTo("list"))
                .body("data", equalTo(WebhookEventTypes.ALL));
    }

    @Test
    void nameUrlAndEventTypesAreRequired() {
        assertInvalid(create("{\"url\":\"https://example.com\",\"event_types\":[\"video.completed\"]}"), "name",
                "missing_required_parameter", "Missing required parameter: 'name'.");
        assertInvalid(create("{\"name\":\"n\",\"event_types\":[\"video.completed\"]}"), "url",
                "missing_required_parameter", "Missing required parameter: 'url'.");
        assertInvalid(create("{\"name\":\"n\",\"url\":\"https://example.com\"}"), "event_types",
                "missing_required_parameter", "Missing required parameter: 'event_types'.");
        assertInvalid(create(VALID.replace("\"name\":\"n\"", "\"name\":\"\"")), "name", "string_below_min_length",
                "Invalid 'name': string too short. Expected a string with minimum length 1, but got a string with"
                        + " length 0 instead.");
        assertInvalid(create(VALID.replace("}", ",\"secret\":\"x\"}")), "secret", "unknown_parameter",
                "Unknown parameter: 'secret'.");
    }

    @Test
    void theUrlMustBeHttpOrHttpsWithAHost() {
        assertError(create(VALID.replace("https://example.com/hooks", "ftp://example.com/hooks")), 400,
                "invalid_request_error", "url", "invalid_value").body("error.message", containsString("ftp://"));
        assertError(create(VALID.replace("https://example.com/hooks", "http:///hooks")), 400,
                "invalid_request_error", "url", "invalid_value");
        create(VALID.replace("https://example.com/hooks", "http://localhost:1/hooks")).statusCode(200);
    }

    @Test
    void eventTypesAreANonEmptyArrayOfTheSdksTypes() {
        assertInvalid(create(VALID.replace("[\"video.completed\"]", "[]")), "event_types", "empty_array",
                "Invalid 'event_types': empty array. Expected an array with minimum length 1, but got an empty array"
                        + " instead.");
        assertError(create(VALID.replace("\"video.completed\"]", "\"video.completed\",\"video.created\"]")), 400,
                "invalid_request_error", "event_types[1]", "invalid_value")
                .body("error.message", startsWith("Invalid value: 'video.created'. Supported values are: 'batch"));
        assertError(create(VALID.replace("[\"video.completed\"]", "\"video.completed\"")), 400,
                "invalid_request_error", "event_types", "invalid_type");
        assertError(create(VALID.replace("[\"video.completed\"]", "[7]")), 400, "invalid_request_error",
                "event_types[0]", "invalid_type");
        create(VALID.replace("[\"video.completed\"]", "[\"safety.alert.created\",\"video.failed\",\"video.failed\"]"))
                .statusCode(200).body("event_types", equalTo(List.of("safety.alert.created", "video.failed")));
    }

    @Test
    void updateChecksWhatItIsGivenAndKeepsTheRest() {
        String id = create(VALID).statusCode(200).extract().path("id");
        api().body("{\"url\":\"http://example.org/new\"}").post(ENDPOINTS + "/" + id).then().statusCode(200)
                .body("name", equalTo("n")).body("url", equalTo("http://example.org/new"))
                .body("event_types", equalTo(List.of("video.completed")))
                .body("$", not(hasKey("signing_secret")));
        assertInvalid(api().body("{\"event_types\":[]}").post(ENDPOINTS + "/" + id).then(), "event_types",
                "empty_array", "Invalid 'event_types': empty array. Expected an array with minimum length 1, but got"
                        + " an empty array instead.");
        assertError(api().body("{\"url\":\"mailto:a@b\"}").post(ENDPOINTS + "/" + id).then(), 400,
                "invalid_request_error", "url", "invalid_value");
        assertError(api().body("{}").post(ENDPOINTS + "/whe_unknown").then(), 404, "invalid_request_error", null,
                null).body("error.message", equalTo("No webhook endpoint found with id 'whe_unknown'."));
    }

    @Test
    void rotationTakesABooleanAndTestAnEventTypeOfTheList() {
        String id = create(VALID).statusCode(200).extract().path("id");
        assertError(api().body("{\"keep_old_secret_active_for_24_hours\":\"yes\"}")
                .post(ENDPOINTS + "/" + id + "/rotate_secret").then(), 400, "invalid_request_error",
                "keep_old_secret_active_for_24_hours", "invalid_type");
        api().body("{\"keep_old_secret_active_for_24_hours\":false}").post(ENDPOINTS + "/" + id + "/rotate_secret")
                .then().statusCode(200).body("signing_secret", startsWith("whsec_"));
        assertInvalid(api().body("{}").post(ENDPOINTS + "/" + id + "/test").then(), "event_type",
                "missing_required_parameter", "Missing required parameter: 'event_type'.");
        assertError(api().body("{\"event_type\":\"video.created\"}").post(ENDPOINTS + "/" + id + "/test").then(), 400,
                "invalid_request_error", "event_type", "invalid_value");
        assertError(api().body("{\"event_type\":\"video.completed\"}").post(ENDPOINTS + "/whe_x/test").then(), 404,
                "invalid_request_error", null, null);
    }

    @Test
    void listTakesALimitFrom1To100() {
        create(VALID).statusCode(200);
        create(VALID).statusCode(200);
        keyed().queryParam("limit", 1).get(ENDPOINTS).then().statusCode(200).body("data", hasSize(1))
                .body("has_more", equalTo(true));
        keyed().queryParam("limit", 100).get(ENDPOINTS).then().statusCode(200).body("data", hasSize(2))
                .body("has_more", equalTo(false));
        assertError(keyed().queryParam("limit", 0).get(ENDPOINTS).then(), 400, "invalid_request_error", "limit",
                "integer_below_min_value");
        assertError(keyed().queryParam("limit", 101).get(ENDPOINTS).then(), 400, "invalid_request_error", "limit",
                "integer_above_max_value");
    }

    @Test
    void withoutAKeyTheRoutesAnswer401InTheOfficialEnvelope() {
        assertError(given().contentType(ContentType.JSON).body(VALID).post(ENDPOINTS).then(), 401,
                "invalid_request_error", null, "invalid_api_key");
    }
}
