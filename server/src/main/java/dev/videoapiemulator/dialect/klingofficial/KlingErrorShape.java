package dev.videoapiemulator.dialect.klingofficial;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ErrorShape;
import java.util.Map;
import java.util.UUID;

/**
 * Kling's error envelope {code, message, request_id}, the HTTP status kept. The code is the error's
 * own when it is one of Kling's numbers (a scenario may name any, "1303" say); the shared layers'
 * codes are translated by the table below; anything else gets Kling's code for its status.
 */
final class KlingErrorShape implements ErrorShape {

    static final String INVALID_VALUE = "1201";
    static final String TASK_NOT_FOUND = "1203";

    @JsonPropertyOrder({"code", "message", "request_id"})
    record Body(int code, String message, @JsonProperty("request_id") String requestId) {
    }

    /** The shared layers' codes (auth, rate limits, moderation) as Kling numbers them. */
    static final Map<String, Integer> BY_CODE = Map.of(
            "authentication_failed", 1000,
            "authorization_empty", 1001,
            "authorization_invalid", 1002,
            "authorization_not_yet_valid", 1003,
            "authorization_expired", 1004,
            "rate_limit_exceeded", 1302,
            "moderation_blocked", 1301);

    /** Kling's code for a status: 1201 for a 400 about a parameter, 1200 for one about the request as a whole. */
    static int byStatus(ApiError error) {
        return switch (error.status()) {
            case 400 -> error.code() == null ? 1200 : 1201;
            case 401 -> 1000;
            case 403 -> 1103;
            case 404, 405 -> 1202;
            case 429 -> 1302;
            case 503 -> 5001;
            case 504 -> 5002;
            default -> error.status() >= 500 ? 5000 : 1200;
        };
    }

    @Override
    public Object body(ApiError error) {
        return new Body(code(error), error.message(), UUID.randomUUID().toString());
    }

    static int code(ApiError error) {
        String code = error.code();
        if (code != null && code.chars().allMatch(Character::isDigit) && !code.isEmpty() && code.length() <= 9) {
            return Integer.parseInt(code);
        }
        Integer known = code == null ? null : BY_CODE.get(code);
        return known != null ? known : byStatus(error);
    }
}
