package dev.videoapiemulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ErrorShape;
import dev.videoapiemulator.api.Profile;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorWriterTest {

    private final ErrorWriter writer = new ErrorWriter(new ObjectMapper());
    private final ApiError limited = new ApiError(429, "requests", "slow down", null, "rate_limit_exceeded",
            Map.of("Retry-After", "7"));

    @Test
    void headersGoOnTheAnswerExactlyOnceWhateverTheShape() {
        Profile shaped = new Profile("p", "/p", "a dialect with its own envelope", error -> Map.of("m", error.message()));
        Response response = writer.response(limited, shaped);
        assertEquals(429, response.getStatus());
        assertEquals(List.of("7"), response.getHeaders().get("Retry-After"));
        assertEquals(Map.of("m", "slow down"), response.getEntity());
    }

    @Test
    void withoutAProfileTheEnvelopeIsOpenAis() {
        Response response = writer.response(limited, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) ((Map<String, Object>) response.getEntity()).get("error");
        assertEquals("slow down", inner.get("message"));
        assertEquals("requests", inner.get("type"));
        assertNull(inner.get("param"));
        assertEquals("rate_limit_exceeded", inner.get("code"));
        assertEquals(ErrorShape.OPENAI.body(limited), response.getEntity());
    }
}
