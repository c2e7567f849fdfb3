package dev.videoapiemulator.engine;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The global clock and one clock per test id, so parallel tests that move time move only their own
 * jobs. A test id has a clock of its own only once the control API moved or froze it; until then,
 * and again after its clock is reset or dropped, it reads the wall clock (offset 0, running): a new
 * test never inherits what another test did to the global clock. Everything owned without a test
 * id reads the global clock. Test clocks are bounded in number (the least recently used goes first)
 * and dropped after an idle time, like the rest of a test's state.
 */
// A singleton, not a proxied bean: it is read on every request.
@Singleton
public class Clocks {

    private static final class Kept {
        final EmulatorClock clock;
        volatile long lastUsedNanos = System.nanoTime();

        Kept(EmulatorClock clock) {
            this.clock = clock;
        }
    }

    private final EmulatorClock global;
    private final ConcurrentHashMap<String, Kept> tests = new ConcurrentHashMap<>();
    private final List<Runnable> advanceListeners = new CopyOnWriteArrayList<>();
    private final int maxTestClocks;
    private final long idleNanos;

    @Inject
    public Clocks(EmulatorClock global, EmulatorConfig config) {
        this(global, config.clock().maxTestClocks(), config.clock().testClockIdle());
    }

    Clocks(EmulatorClock global, int maxTestClocks, Duration testClockIdle) {
        this.global = global;
        this.maxTestClocks = maxTestClocks;
        this.idleNanos = testClockIdle.toNanos();
        global.onAdvance(this::advanced);
    }

    /** The time on the clock of {@code testId}: the global clock for null, the wall clock for a test with none. */
    public Instant now(String testId) {
        return read(testId, false);
    }

    /** The time on the clock of whatever {@code owner} (an {@link ApiCaller#owner()}) makes. */
    public Instant nowOf(String owner) {
        return now(ApiCaller.testIdOf(owner));
    }

    /**
     * As {@link #nowOf}, and counts as a use of the test's clock: what a test makes keeps its clock
     * from being dropped as idle while the test goes on.
     */
    Instant nowUsing(String owner) {
        return read(ApiCaller.testIdOf(owner), true);
    }

    private Instant read(String testId, boolean use) {
        if (testId == null) {
            return global.now();
        }
        Kept kept = live(testId);
        if (kept == null) {
            return Instant.now();
        }
        if (use) {
            kept.lastUsedNanos = System.nanoTime();
        }
        return kept.clock.now();
    }

    /** The clock the control API reads and moves: the global one for null, else the test's, made on first use. */
    public EmulatorClock of(String testId) {
        if (testId == null) {
            return global;
        }
        Kept kept = live(testId);
        if (kept == null) {
            kept = tests.computeIfAbsent(testId, id -> {
                EmulatorClock clock = new EmulatorClock();
                clock.onAdvance(this::advanced);
                return new Kept(clock);
            });
            dropBeyondBounds(testId);
        }
        kept.lastUsedNanos = System.nanoTime();
        return kept.clock;
    }

    /** Whether {@code testId} reads a clock of its own rather than the wall clock. */
    public boolean hasOwn(String testId) {
        return live(testId) != null;
    }

    /** The test ids with a clock of their own. */
    public Set<String> testIds() {
        return Set.copyOf(tests.keySet());
    }

    /** The test goes back to the wall clock. */
    public void forget(String testId) {
        tests.remove(testId);
    }

    /** Every test back to the wall clock, and the global clock reset. */
    public void resetAll() {
        tests.clear();
        global.reset();
    }

    /**
     * Runs {@code listener} after any clock is advanced, so that what became due happens at once
     * rather than at its next periodic check. Listeners run on the advancing thread and must not block.
     */
    public void onAdvance(Runnable listener) {
        advanceListeners.add(listener);
    }

    private void advanced() {
        advanceListeners.forEach(Runnable::run);
    }

    /** The test's clock unless it has been idle too long, in which case it goes now. */
    private Kept live(String testId) {
        Kept kept = tests.get(testId);
        if (kept != null && System.nanoTime() - kept.lastUsedNanos > idleNanos) {
            tests.remove(testId, kept);
            return null;
        }
        return kept;
    }

    /** Only the control API makes clocks, so this scan of at most the cap never runs on the API's paths. */
    private void dropBeyondBounds(String added) {
        long now = System.nanoTime();
        tests.entrySet().removeIf(e -> now - e.getValue().lastUsedNanos > idleNanos);
        while (tests.size() > maxTestClocks) {
            Optional<Map.Entry<String, Kept>> oldest = tests.entrySet().stream()
                    .filter(e -> !e.getKey().equals(added))
                    .min(Comparator.comparingLong(e -> e.getValue().lastUsedNanos));
            if (oldest.isEmpty()) {
                return;
            }
            tests.remove(oldest.get().getKey(), oldest.get().getValue());
        }
    }
}
