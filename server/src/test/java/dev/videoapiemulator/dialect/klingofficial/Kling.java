package dev.videoapiemulator.dialect.klingofficial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.support.KlingTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** One test's Kling client: an access key of its own (signed unchecked, as auth mode any allows), its own test id. */
final class Kling {

    static final String ROOT = "/kling-official/v1/videos/";

    final String accessKey = "ak-" + UUID.randomUUID();
    final String testId = "kling-official-" + UUID.randomUUID();

    RequestSpecification api() {
        return given().header("Authorization", KlingTokens.bearer(KlingTokens.valid(accessKey, "any-secret")))
                .header(ApiCaller.TEST_ID_HEADER, testId);
    }

    ValidatableResponse create(String action, Map<String, ?> body) {
        return api().contentType(ContentType.JSON).body(body).post(ROOT + action).then();
    }

    /** Creates a task, expecting Kling's success envelope, and returns its id. */
    String created(String action, Map<String, ?> body) {
        return create(action, body).statusCode(200).body("code", equalTo(0)).body("message", equalTo("SUCCEED"))
                .body("data.task_id", matchesPattern("[1-9][0-9]{17}")).extract().path("data.task_id");
    }

    ValidatableResponse get(String action, String id) {
        return api().get(ROOT + action + "/" + id).then();
    }

    /** Refused with Kling's envelope: the status, the code, a request id, and the message. */
    static ValidatableResponse refused(ValidatableResponse response, int status, int code) {
        return response.statusCode(status).contentType("application/json").body("code", equalTo(code))
                .body("request_id", matchesPattern("[0-9a-f-]{36}"));
    }

    /** Stops this test's clock, so a task's steps are checked exactly; {@link #advance} still moves it. */
    Kling frozen() {
        given().queryParam("test_id", testId).post("/__emulator/clock/freeze").then().statusCode(200);
        return this;
    }

    void advance(Duration by) {
        given().queryParam("test_id", testId).queryParam("by", by.toString()).post("/__emulator/clock/advance").then()
                .statusCode(200);
    }
}
