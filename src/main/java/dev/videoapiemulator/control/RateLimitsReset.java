package dev.videoapiemulator.control;

import dev.videoapiemulator.auth.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code rate_limits} part: every key starts a fresh minute. Windows are per key, not per test. */
@ApplicationScoped
public class RateLimitsReset implements Resettable {

    private final RateLimits limits;

    public RateLimitsReset(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public String part() {
        return "rate_limits";
    }

    @Override
    public void reset(String testId) {
        if (testId == null) {
            limits.reset();
        }
    }
}
