package dev.videoapiemulator.dialect.soratask;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ErrorShape;
import dev.videoapiemulator.api.StatusCodes;
import java.util.Map;

/**
 * Errors in the task envelope, {"code","message","data":null}, with the HTTP status kept. Errors
 * without a code of their own get the one the relays use for their status.
 */
final class SoraTaskErrorShape implements ErrorShape {

    static final StatusCodes CODES = new StatusCodes(Map.of(
            400, "invalid_request",
            401, "invalid_api_key",
            403, "access_denied",
            404, "not_found",
            429, "rate_limit_exceeded"), "invalid_request", "internal_error");

    @Override
    public Object body(ApiError error) {
        return new SoraAnswer(CODES.of(error), error.message(), null);
    }
}
