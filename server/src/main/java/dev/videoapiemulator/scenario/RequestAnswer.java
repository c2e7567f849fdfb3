package dev.videoapiemulator.scenario;

import java.time.Duration;
import java.util.Map;

/**
 * What a scenario does to the request itself: wait ({@code delay}, or a random time up to
 * {@code delay_max}), then answer an error ({@code status} with {@code error} and {@code headers}),
 * break the connection ({@code fault}), or let the request through when neither is set.
 */
public record RequestAnswer(Integer status, ErrorSpec error, Map<String, String> headers, Duration delay,
        Duration delayMax, Fault fault) {

    public RequestAnswer {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        if (status != null && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("status must be an error status, 400 to 599");
        }
        if (delayMax != null && delay != null && delayMax.compareTo(delay) < 0) {
            throw new IllegalArgumentException("delay_max must not be less than delay");
        }
    }
}
