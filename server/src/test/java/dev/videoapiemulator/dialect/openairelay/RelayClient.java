package dev.videoapiemulator.dialect.openairelay;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.VideoRoute;
import io.restassured.response.ValidatableResponse;

/** Calls the relayed format with one fresh key, and checks its {"error":{message,type,code}} bodies. */
final class RelayClient {

    static final String VIDEOS = "/openai-relay/v1/videos";

    private RelayClient() {
    }

    static VideoRoute freshKey() {
        return Emulator.freshKey().at(VIDEOS);
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
