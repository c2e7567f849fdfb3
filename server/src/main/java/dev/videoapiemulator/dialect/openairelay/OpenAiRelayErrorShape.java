package dev.videoapiemulator.dialect.openairelay;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ErrorShape;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors as the relay documents them: {"error":{"message","type","code"}} with one type/code pair per
 * status. A 401 says only "Invalid API key", as documented; other statuses keep the emulator's message.
 */
final class OpenAiRelayErrorShape implements ErrorShape {

    /** The type and code written for a status; {@code code} null keeps the error's own code. */
    record Pair(String type, String code) {
    }

    static final Map<Integer, Pair> PAIRS = Map.of(
            400, new Pair("invalid_request_error", "invalid_parameter"),
            401, new Pair("authentication_error", "invalid_api_key"),
            403, new Pair("permission_error", "insufficient_permissions"),
            404, new Pair("invalid_request_error", "not_found"),
            429, new Pair("rate_limit_error", "rate_limit_exceeded"));
    static final Pair SERVER_ERROR = new Pair("server_error", "internal_error");
    static final Pair OTHER_CLIENT_ERROR = new Pair("invalid_request_error", null);
    static final String UNAUTHORIZED_MESSAGE = "Invalid API key";

    @Override
    public Object body(ApiError error) {
        Pair pair = PAIRS.getOrDefault(error.status(), error.status() >= 500 ? SERVER_ERROR : OTHER_CLIENT_ERROR);
        Map<String, Object> inner = new LinkedHashMap<>(3);
        inner.put("message", error.status() == 401 ? UNAUTHORIZED_MESSAGE : error.message());
        inner.put("type", pair.type());
        inner.put("code", pair.code() == null ? error.code() : pair.code());
        return Map.of("error", inner);
    }
}
