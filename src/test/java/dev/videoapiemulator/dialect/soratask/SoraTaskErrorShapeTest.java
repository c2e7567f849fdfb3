package dev.videoapiemulator.dialect.soratask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.HttpErrors;
import jakarta.ws.rs.core.Response;
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
        Response response = shape.render(new ApiError(status, "any_type", "why", null, null));
        assertEquals(status, response.getStatus());
        SoraAnswer body = (SoraAnswer) response.getEntity();
        assertEquals(code, body.code());
        assertEquals("why", body.message());
        assertNull(body.data());
    }

    @Test
    void anErrorsOwnCodeIsKept() {
        SoraAnswer body = (SoraAnswer) shape.render(HttpErrors.tooLarge()).getEntity();
        assertEquals("request_too_large", body.code());
    }

    @Test
    void headersAreKept() {
        Response response = shape.render(new ApiError(429, "rate_limit_error", "slow down", null, null,
                Map.of("Retry-After", "7")));
        assertEquals("7", response.getHeaderString("Retry-After"));
    }

    @Test
    void itAnswersForTheSoraProfile() {
        assertEquals("sora", shape.profile());
    }
}
