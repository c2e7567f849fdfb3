package dev.videoapiemulator.dialect.soratask;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ErrorShape;
import java.util.Map;

/**
 * Errors in the task envelope, {"code","message","data":null}, with the HTTP status kept. Errors
 * without a code of their own get the one the relays use for their status.
 */
final class SoraTaskErrorShape implements ErrorShape {

    static final Map<Integer, String> CODES_BY_STATUS = Map.of(
            400, "invalid_request",
            401, "invalid_api_key",
            403, "access_denied",
            404, "not_found",
            429, "rate_limit_exceeded");
    static final String OTHER_CLIENT_ERROR = "invalid_request";
    static final String SERVER_ERROR = "internal_error";

    @Override
    public Object body(ApiError error) {
        return new SoraAnswer(code(error), error.message(), null);
    }

    static String code(ApiError error) {
        if (error.code() != null) {
            return error.code();
        }
        return CODES_BY_STATUS.getOrDefault(error.status(), error.status() >= 500 ? SERVER_ERROR : OTHER_CLIENT_ERROR);
    }
}
