package dev.videoapiemulator.api;

import java.util.Map;

/**
 * An error a client sees, before it is written in a dialect's envelope. {@code param} and
 * {@code code} may be null, as in OpenAI's own answers; {@code headers} go on the response.
 */
public record ApiError(int status, String type, String message, String param, String code, Map<String, String> headers) {

    public ApiError(int status, String type, String message, String param, String code) {
        this(status, type, message, param, code, Map.of());
    }

    public static ApiError invalidRequest(int status, String message, String param, String code) {
        return new ApiError(status, "invalid_request_error", message, param, code);
    }

    public static ApiError badRequest(String message, String param, String code) {
        return invalidRequest(400, message, param, code);
    }

    public static ApiError notFound(String message) {
        return invalidRequest(404, message, null, null);
    }

    public ApiException exception() {
        return new ApiException(this);
    }
}
