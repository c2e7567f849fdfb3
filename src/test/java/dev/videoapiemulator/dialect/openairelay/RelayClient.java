package dev.videoapiemulator.dialect.openairelay;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.videoapiemulator.support.Emulator;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;

/** Calls the relayed format with one fresh key, and checks its {"error":{message,type,code}} bodies. */
final class RelayClient {

    static final String VIDEOS = "/openai-relay/v1/videos";

    private final Emulator emulator = Emulator.freshKey();

    Emulator emulator() {
        return emulator;
    }

    RequestSpecification request() {
        return emulator.request();
    }

    /** A multipart create from name/value pairs. */
    ValidatableResponse post(String... fieldPairs) {
        RequestSpecification spec = request();
        for (int i = 0; i < fieldPairs.length; i += 2) {
            spec = spec.multiPart(fieldPairs[i], fieldPairs[i + 1]);
        }
        return spec.post(VIDEOS).then();
    }

    String create(String... fieldPairs) {
        return post(fieldPairs).statusCode(200).extract().path("id");
    }

    ValidatableResponse get(String id) {
        return request().get(VIDEOS + "/" + id).then();
    }

    String completed(String... fieldPairs) {
        String id = create(fieldPairs);
        Emulator.advanceClock(Duration.ofMinutes(1));
        get(id).statusCode(200).body("status", equalTo("completed"));
        return id;
    }

    static ValidatableResponse assertError(ValidatableResponse response, int status, String type, String code) {
        return response.statusCode(status).contentType("application/json")
                .body("error.type", equalTo(type)).body("error.code", equalTo(code))
                .body("error", hasKey("message")).body("error", not(hasKey("param")));
    }

    static ValidatableResponse assertInvalid(ValidatableResponse response, String message) {
        return assertError(response, 400, "invalid_request_error", "invalid_parameter")
                .body("error.message", equalTo(message));
    }
}
