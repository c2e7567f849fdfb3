package dev.videoapiemulator.dialect.openairelay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.HttpErrors;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented type/code pair for each status, including those the HTTP tests cannot provoke. */
class OpenAiRelayErrorShapeTest {

    private final OpenAiRelayErrorShape shape = new OpenAiRelayErrorShape();

    @ParameterizedTest
    @CsvSource({"400,invalid_request_error,invalid_parameter", "401,authentication_error,invalid_api_key",
            "403,permission_error,insufficient_permissions", "404,invalid_request_error,not_found",
            "429,rate_limit_error,rate_limit_exceeded", "500,server_error,internal_error",
            "502,server_error,internal_error"})
    void eachStatusHasItsPair(int status, String type, String code) {
        Map<String, Object> inner = inner(shape.body(new ApiError(status, "whatever", "why", "p", "c")));
        assertEquals(type, inner.get("type"));
        assertEquals(code, inner.get("code"));
        assertFalse(inner.containsKey("param"));
    }

    @Test
    void messagesAreKeptExceptThe401s() {
        assertEquals("why", inner(shape.body(ApiError.badRequest("why", "prompt", "invalid_value"))).get("message"));
        assertEquals("Invalid API key", inner(shape.body(ApiError.invalidRequest(401, "You didn't provide an API"
                + " key.", null, "invalid_api_key"))).get("message"));
        assertEquals("Internal server error is not what the emulator says",
                inner(shape.body(new ApiError(500, "server_error",
                        "Internal server error is not what the emulator says", null, null))).get("message"));
    }

    @Test
    void otherClientErrorsKeepTheirCode() {
        Map<String, Object> inner = inner(shape.body(HttpErrors.tooLarge()));
        assertEquals("invalid_request_error", inner.get("type"));
        assertEquals("request_too_large", inner.get("code"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> inner(Object body) {
        return (Map<String, Object>) ((Map<String, Object>) body).get("error");
    }
}
