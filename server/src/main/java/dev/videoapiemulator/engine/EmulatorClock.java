package dev.videoapiemulator.engine;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A source of time for jobs, expiry and timers. It follows the wall clock shifted by an offset
 * that tests and QA can advance, so jobs move as if that time had passed without anyone sleeping.
 * A frozen clock stands still until advanced or thawed. The bean is the global clock; each test id
 * that moves time gets one of its own from {@link Clocks}.
 */
// A singleton, not a proxied bean: it is called on every request.
@Singleton
public class EmulatorClock {

    private record Reading(Duration offset, Instant frozenAt) {
    }

    private volatile Reading reading = new Reading(Duration.ZERO, null);
    private final List<Runnable> advanceListeners = new CopyOnWriteArrayList<>();

    public Instant now() {
        Reading r = reading;
        return r.frozenAt != null ? r.frozenAt : Instant.now().plus(r.offset);
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward");
        }
        synchronized (this) {
            Reading r = reading;
            reading = new Reading(r.offset.plus(by), r.frozenAt == null ? null : r.frozenAt.plus(by));
        }
        advanceListeners.forEach(Runnable::run);
    }

    /**
     * Runs {@code listener} after every advance, so that what is due on this clock happens at once
     * rather than at its next periodic check. Listeners run on the advancing thread and must not block.
     */
    public void onAdvance(Runnable listener) {
        advanceListeners.add(listener);
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
