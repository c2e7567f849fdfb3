package dev.videoapiemulator.dialect.newapi;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ErrorShape;
import dev.videoapiemulator.api.StatusCodes;
import dev.videoapiemulator.auth.KeyDirectory;
import dev.videoapiemulator.engine.RandomIds;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * new-api answers in three shapes, one per layer, and so does this profile:
 * <ul>
 * <li>the middleware (key, rate limit, distributor): OpenAI's envelope with type {@code new_api_error}
 * and the request id in the message, {@code {"error":{"message":"... (request id: ...)","type","code"}}};
 * every 401, 403 and 429 is the middleware's;</li>
 * <li>the content proxy: {@code {"error":{"message","type"}}}, without a code;</li>
 * <li>everything else, the task layer: {@code {"code","message","data":null}} with the status kept.</li>
 * </ul>
 */
final class NewApiErrorShape implements ErrorShape {

    /** Marks an error as the content proxy's; never written, since the proxy's errors have no code. */
    static final String PROXY = "new_api_video_proxy";

    private static final Set<Integer> MIDDLEWARE_STATUSES = Set.of(401, 403, 429);
    private static final String NO_TOKEN = "未提供令牌";
    private static final String INVALID_TOKEN = "无效的令牌";
    /** new-api's request ids: local time to the second, nine digits of nanoseconds, eight random characters. */
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** The task code for an error of the emulator's own that has none. */
    static final StatusCodes CODES = new StatusCodes(Map.of(
            400, "invalid_request",
            404, "not_found",
            413, "read_request_body_failed"), "invalid_request", "do_request_failed");

    @Override
    public Object body(ApiError error) {
        if (PROXY.equals(error.code())) {
            Map<String, Object> inner = new LinkedHashMap<>(2);
            inner.put("message", error.message());
            inner.put("type", error.type());
            return Map.of("error", inner);
        }
        if (NewApiErrors.MIDDLEWARE.equals(error.type()) || MIDDLEWARE_STATUSES.contains(error.status())) {
            Map<String, Object> inner = new LinkedHashMap<>(3);
            inner.put("message", middlewareMessage(error) + " (request id: " + requestId() + ")");
            inner.put("type", NewApiErrors.MIDDLEWARE);
            inner.put("code", NewApiErrors.MIDDLEWARE.equals(error.type()) && error.code() != null ? error.code() : "");
            return Map.of("error", inner);
        }
        return NewApiAnswer.failure(CODES.of(error), error.message());
    }

    /** new-api's token check says only whether a token was sent. */
    private static String middlewareMessage(ApiError error) {
        if (error.status() != 401) {
            return error.message();
        }
        return KeyDirectory.MISSING_KEY.equals(error.message()) ? NO_TOKEN : INVALID_TOKEN;
    }

    private static String requestId() {
        LocalDateTime now = LocalDateTime.now();
        return REQUEST_TIME.format(now) + String.format("%09d", now.getNano()) + RandomIds.alphanumeric(8);
    }
}
