package dev.videoapiemulator.support;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;

/** One dialect's videos collection ({@code /sora-relay/v1/videos}, ...) as one client's key calls it. */
public record VideoRoute(Emulator emulator, String videos) {

    public RequestSpecification request() {
        return emulator.request();
    }

    /** A multipart request carrying the given name/value pairs. */
    public RequestSpecification form(String... fieldPairs) {
        RequestSpecification spec = request();
        for (int i = 0; i < fieldPairs.length; i += 2) {
            spec = spec.multiPart(fieldPairs[i], fieldPairs[i + 1]);
        }
        return spec;
    }

    /** A multipart create from name/value pairs. */
    public ValidatableResponse post(String... fieldPairs) {
        return form(fieldPairs).post(videos).then();
    }

    /** Creates a job and returns its id, failing unless the answer is 200. */
    public String create(String... fieldPairs) {
        return post(fieldPairs).statusCode(200).extract().path("id");
    }

    public ValidatableResponse get(String id) {
        return request().get(videos + "/" + id).then();
    }

    /** Creates a job and moves the clock until it has completed. */
    public String completed(String... fieldPairs) {
        String id = create(fieldPairs);
        Emulator.advanceClock(Duration.ofMinutes(1));
        get(id).statusCode(200).body("status", equalTo("completed"));
        return id;
    }
}
