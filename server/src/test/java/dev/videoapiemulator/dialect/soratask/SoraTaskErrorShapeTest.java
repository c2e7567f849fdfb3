package dev.videoapiemulator.dialect.soratask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.HttpErrors;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Statuses the HTTP tests cannot provoke: each gets its code, the status and headers are kept. */
class SoraTaskErrorShapeTest {

    private final SoraTaskErrorShape shape = new SoraTaskErrorShape();

    @ParameterizedTest
    @CsvSource({"400,invalid_request", "401,invalid_api_key", "403,access_denied", "404,not_found",
            "409,invalid_request", "429,rate_limit_exceeded", "500,internal_error", "503,internal_error"})
    void errorsWithoutACodeGetTheOneForTheirStatus(int status, String code) {
        SoraAnswer body = (SoraAnswer) shape.body(new ApiError(status, "any_type", "why", null, null));
        assertEquals(code, body.code());
        assertEquals("why", body.message());
        assertNull(body.data());
    }

    @Test
    void anErrorsOwnCodeIsKept() {
        SoraAnswer body = (SoraAnswer) shape.body(HttpErrors.tooLarge());
        assertEquals("request_too_large", body.code());
    }
}
