package dev.videoapiemulator.client;

import java.time.Duration;
import java.time.Instant;

/**
 * The emulator's clock, which jobs, progress and download expiry follow: tests move it instead of
 * sleeping. Every change answers the clock after it.
 */
public final class ClockControl {

    private final Scope scope;

    ClockControl(Scope scope) {
        this.scope = scope;
    }

    public Instant now() {
        return state().now();
    }

    public ClockState state() {
        return scope.http().get("/clock", scope.scoped(), ClockState.class);
    }

    /** Jobs finish and downloads expire as if {@code by} had passed; a negative {@code by} is refused (400). */
    public ClockState advance(Duration by) {
        return change("/clock/advance", scope.scoped().with("by", by.toString()));
    }

    /** Stops the clock until it is advanced or thawed. */
    public ClockState freeze() {
        return change("/clock/freeze", scope.scoped());
    }

    public ClockState thaw() {
        return change("/clock/thaw", scope.scoped());
    }

    /**
     * Back to the wall clock, running. Refused (409 {@code clock_in_use}) while jobs live on a clock
     * ahead of the wall clock: reset the jobs first.
     */
    public ClockState reset() {
        return change("/clock/reset", scope.scoped());
    }

    private ClockState change(String path, Params query) {
        return scope.http().post(path, query, RequestBody.NONE, ClockState.class);
    }
}
