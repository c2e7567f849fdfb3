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
        return withKey("sk-test-" + UUID.randomUUID());
    }

    public static Emulator withKey(String key) {
        return new Emulator(key);
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
        return official().create(fieldPairs);
    }

    public ValidatableResponse get(String id) {
        return official().get(id);
    }

    /** Creates a job and moves the clock until it has completed. */
    public String completed(String... fieldPairs) {
        return official().completed(fieldPairs);
    }

    /** This client's calls to the videos collection at {@code videosPath}. */
    public VideoRoute at(String videosPath) {
        return new VideoRoute(this, videosPath);
    }

    private VideoRoute official() {
        return at("/v1/videos");
    }

    public static void advanceClock(Duration by) {
        given().post("/__emulator/clock/advance?by=" + by).then().statusCode(200);
    }
}
