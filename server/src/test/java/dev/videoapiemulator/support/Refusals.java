package dev.videoapiemulator.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ApiException;
import org.junit.jupiter.api.function.Executable;

/** The 400 a rule table answers for one parameter, asserted field by field. */
public final class Refusals {

    private Refusals() {
    }

    public static void assertRefused(Executable call, String param, String code, String message) {
        ApiError error = assertThrows(ApiException.class, call).error();
        assertEquals(400, error.status());
        assertEquals("invalid_request_error", error.type());
        assertEquals(param, error.param());
        assertEquals(code, error.code());
        assertEquals(message, error.message());
    }
}
