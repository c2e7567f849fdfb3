package dev.videoapiemulator.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;

/** Asserts OpenAI's error envelope: JSON, all four keys, and the expected values. */
public final class ErrorBody {

    private ErrorBody() {
    }

    public static ValidatableResponse assertError(ValidatableResponse response, int status, String type, String param,
            String code) {
        return response.statusCode(status)
                .contentType("application/json")
                .body("error", hasKey("message"))
                .body("error", hasKey("param"))
                .body("error", hasKey("code"))
                .body("error.type", equalTo(type))
                .body("error.param", param == null ? nullValue() : equalTo(param))
                .body("error.code", code == null ? nullValue() : equalTo(code));
    }

    public static ValidatableResponse assertInvalid(ValidatableResponse response, String param, String code,
            String message) {
        return assertError(response, 400, "invalid_request_error", param, code).body("error.message", equalTo(message));
    }
}
