package dev.videoapiemulator.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * The one source of time for jobs, expiry and timers. It follows the wall clock shifted by an offset
 * that tests and QA can advance, so jobs move as if that time had passed without anyone sleeping.
 * A frozen clock stands still until advanced or thawed.
 */
@ApplicationScoped
public class EmulatorClock {

    private record Reading(Duration offset, Instant frozenAt) {
    }

    private volatile Reading reading = new Reading(Duration.ZERO, null);

    public Instant now() {
        Reading r = reading;
        return r.frozenAt != null ? r.frozenAt : Instant.now().plus(r.offset);
    }

    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward");
        }
        Reading r = reading;
        reading = new Reading(r.offset.plus(by), r.frozenAt == null ? null : r.frozenAt.plus(by));
    }

    public synchronized void freeze() {
        reading = new Reading(reading.offset, now());
    }

    /** Lets a frozen clock run again from where it stands. */
    public synchronized void thaw() {
        Reading r = reading;
        if (r.frozenAt != null) {
            reading = new Reading(Duration.between(Instant.now(), r.frozenAt), null);
        }
    }

    /** Back to the wall clock, running: undoes every advance and freeze. */
    public synchronized void reset() {
        reading = new Reading(Duration.ZERO, null);
    }

    public boolean frozen() {
        return reading.frozenAt != null;
    }

    public Duration offset() {
        Reading r = reading;
        return r.frozenAt != null ? Duration.between(Instant.now(), r.frozenAt) : r.offset;
    }
}
