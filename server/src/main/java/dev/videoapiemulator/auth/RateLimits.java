package dev.videoapiemulator.auth;

import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.engine.EmulatorClock;
import dev.videoapiemulator.scenario.ApiKeyFixture;
import dev.videoapiemulator.scenario.Fixtures;
import dev.videoapiemulator.api.ApiError;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests per minute per key, in one-minute windows on the emulator's clock (so a test can move
 * past a window instead of waiting). Over the limit: OpenAI's 429 with Retry-After and the
 * x-ratelimit headers.
 */
// A singleton, not a proxied bean: it is called on every request.
@Singleton
public class RateLimits {

    private static final long WINDOW_MILLIS = 60_000;

    private record Window(long startMillis, AtomicInteger used) {
    }

    /**
     * The global clock, also for requests with a test id: a window is a key's, and a key shared by
     * tests whose clocks differ has one window, which no single test's clock could measure.
     */
    private final EmulatorClock clock;
    private final Fixtures fixtures;
    private final int defaultPerMinute;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimits(EmulatorClock clock, Fixtures fixtures, EmulatorConfig config) {
        this.clock = clock;
        this.fixtures = fixtures;
        this.defaultPerMinute = config.rateLimit().requestsPerMinute();
    }

    /** Counts a request of the key; throws the 429 when the key is over its limit. */
    public void admit(String key) {
        ApiKeyFixture declared = fixtures.current().keys().get(key);
        int limit = declared != null && declared.requestsPerMinute() != null ? declared.requestsPerMinute()
                : defaultPerMinute;
        if (limit <= 0) {
            return;
        }
        long now = clock.now().toEpochMilli();
        Window window = windows.compute(key, (k, w) -> w == null || now - w.startMillis() >= WINDOW_MILLIS
                ? new Window(now, new AtomicInteger()) : w);
        int used = window.used().incrementAndGet();
        if (used > limit) {
            long resetMillis = window.startMillis() + WINDOW_MILLIS - now;
            long retrySeconds = Math.max(1, (resetMillis + 999) / 1000);
            throw new ApiError(429, "requests", "Rate limit reached for requests per min (RPM): Limit " + limit
                    + ", Used " + limit + ", Requested 1. Please try again in " + retrySeconds + "s. Visit"
                    + " https://platform.openai.com/account/rate-limits to learn more.", null, "rate_limit_exceeded",
                    Map.of("Retry-After", String.valueOf(retrySeconds),
                            "x-ratelimit-limit-requests", String.valueOf(limit),
                            "x-ratelimit-remaining-requests", "0",
                            "x-ratelimit-reset-requests", retrySeconds + "s")).exception();
        }
    }

    public void reset() {
        windows.clear();
    }
}
