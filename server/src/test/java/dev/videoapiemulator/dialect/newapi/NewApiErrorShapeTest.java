package dev.videoapiemulator.dialect.newapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.HttpErrors;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of new-api's three shapes each error takes, including statuses the HTTP tests cannot provoke. */
class NewApiErrorShapeTest {

    private final NewApiErrorShape shape = new NewApiErrorShape();

    @ParameterizedTest
    @CsvSource({"400,invalid_request", "404,not_found", "409,invalid_request", "413,read_request_body_failed",
            "500,do_request_failed", "502,do_request_failed", "503,do_request_failed"})
    void errorsWithoutACodeGetTheTaskCodeForTheirStatus(int status, String code) {
        assertEquals(new NewApiAnswer(code, "why", null), shape.body(new ApiError(status, "any", "why", null, null)));
    }

    @Test
    void anErrorsOwnCodeIsKept() {
        assertEquals(new NewApiAnswer("request_too_large", HttpErrors.tooLarge().message(), null),
                shape.body(HttpErrors.tooLarge()));
    }

    @ParameterizedTest
    @CsvSource({"401", "403", "429"})
    void keyAndRateErrorsAreTheMiddlewares(int status) {
        Map<?, ?> inner = (Map<?, ?>) ((Map<?, ?>) shape.body(new ApiError(status, "any", "why", null,
                "rate_limit_exceeded"))).get("error");
        assertEquals("new_api_error", inner.get("type"));
        assertEquals("", inner.get("code"));
        assertTrue(((String) inner.get("message")).matches(".+" + NewApiClient.REQUEST_ID), (String) inner.get("message"));
    }

    @Test
    void aWrongKeyIsAnInvalidToken() {
        Map<?, ?> inner = (Map<?, ?>) ((Map<?, ?>) shape.body(ApiError.invalidRequest(401, "Incorrect API key provided",
                null, "invalid_api_key"))).get("error");
        assertTrue(((String) inner.get("message")).startsWith("无效的令牌 (request id: "));
    }

    @Test
    void theProxysErrorsHaveNoCode() {
        assertEquals(Map.of("error", Map.of("message", "Task not found", "type", "invalid_request_error")),
                shape.body(NewApiErrors.taskNotFound()));
        assertEquals(Map.of("error", Map.of("message", "x", "type", "server_error")),
                shape.body(NewApiErrors.proxy(502, "x")));
    }
}
