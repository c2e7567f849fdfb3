package dev.videoapiemulator.dialect.sorarelay;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.videoapiemulator.support.Emulator;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;

/** Calls the relay dialect under its /sora-relay/v1 prefix with one key. */
final class RelayClient {

    static final String VIDEOS = "/sora-relay/v1/videos";

    private final String key;

    private RelayClient(String key) {
        this.key = key;
    }

    static RelayClient freshKey() {
        return new RelayClient(Emulator.freshKey().key());
    }

    static RelayClient withKey(String key) {
        return new RelayClient(key);
    }

    RequestSpecification request() {
        return given().header("Authorization", "Bearer " + key);
    }

    /** A multipart request carrying the given name/value pairs. */
    RequestSpecification form(String... fieldPairs) {
        RequestSpecification spec = request();
        for (int i = 0; i < fieldPairs.length; i += 2) {
            spec = spec.multiPart(fieldPairs[i], fieldPairs[i + 1]);
        }
        return spec;
    }

    ValidatableResponse post(String... fieldPairs) {
        return form(fieldPairs).post(VIDEOS).then();
    }

    String create(String... fieldPairs) {
        return post(fieldPairs).statusCode(200).extract().path("id");
    }

    ValidatableResponse get(String id) {
        return request().get(VIDEOS + "/" + id).then();
    }

    /** Creates a job and moves the clock until it has completed. */
    String completed(String... fieldPairs) {
        String id = create(fieldPairs);
        Emulator.advanceClock(Duration.ofMinutes(1));
        get(id).statusCode(200).body("status", equalTo("completed"));
        return id;
    }
}
