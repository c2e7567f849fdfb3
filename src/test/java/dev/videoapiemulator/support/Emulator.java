package dev.videoapiemulator.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Calls a running emulator as a client would: one API key per instance, so tests never see each other's jobs. */
public final class Emulator {

    private final String key;

    private Emulator(String key) {
        this.key = key;
    }

    /** A client with a key no other test uses. */
    public static Emulator freshKey() {
        return new Emulator("sk-test-" + UUID.randomUUID());
    }

    public String key() {
        return key;
    }

    public RequestSpecification request() {
        return given().header("Authorization", "Bearer " + key);
    }

    public ValidatableResponse createJson(Map<String, ?> body) {
        return request().contentType(ContentType.JSON).body(body).post("/v1/videos").then();
    }

    /** Creates a job from multipart text fields and returns its id, failing unless the answer is 200. */
    public String create(String... fieldPairs) {
        RequestSpecification spec = request();
        for (int i = 0; i < fieldPairs.length; i += 2) {
            spec = spec.multiPart(fieldPairs[i], fieldPairs[i + 1]);
        }
        return spec.post("/v1/videos").then().statusCode(200).extract().path("id");
    }

    public ValidatableResponse get(String id) {
        return request().get("/v1/videos/" + id).then();
    }

    /** Creates a job and moves the clock until it has completed. */
    public String completed(String... fieldPairs) {
        String id = create(fieldPairs);
        advanceClock(Duration.ofMinutes(1));
        get(id).statusCode(200).body("status", org.hamcrest.Matchers.equalTo("completed"));
        return id;
    }

    public static void advanceClock(Duration by) {
        given().post("/__emulator/clock/advance?by=" + by).then().statusCode(200);
    }
}
