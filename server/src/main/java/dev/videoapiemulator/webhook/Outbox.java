package dev.videoapiemulator.webhook;

import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Attempts waiting for their time on the emulator's clock: first attempts held back by a scenario's
 * delay, and retries. Bounded: a notice counts from when it is accepted until it is delivered or given
 * up, and none is accepted beyond {@code emulator.webhooks.max-pending}.
 */
@ApplicationScoped
public class Outbox {

    record Attempt(Notice notice, int number) {

        Attempt next() {
            return new Attempt(notice, number + 1);
        }
    }

    private record Due(Instant at, long order) {
    }

    private static final Comparator<Due> TIME_ORDER = Comparator.comparing(Due::at).thenComparingLong(Due::order);

    private final ConcurrentSkipListMap<Due, Attempt> waiting = new ConcurrentSkipListMap<>(TIME_ORDER);
    private final AtomicLong order = new AtomicLong();
    private final AtomicInteger pending = new AtomicInteger();
    private final int maxPending;

    public Outbox(EmulatorConfig config) {
        this.maxPending = config.webhooks().maxPending();
    }

    /** Takes a new notice for its first attempt at {@code at}; false when the outbox is full. */
    boolean accept(Notice notice, Instant at) {
        if (pending.incrementAndGet() > maxPending) {
            pending.decrementAndGet();
            return false;
        }
        waiting.put(new Due(at, order.incrementAndGet()), new Attempt(notice, 1));
        return true;
    }

    void retry(Attempt attempt, Instant at) {
        waiting.put(new Due(at, order.incrementAndGet()), attempt);
    }

    /** A notice was delivered or given up. */
    void finished() {
        pending.decrementAndGet();
    }

    /** Removes and returns the attempts due by {@code now}, oldest first. */
    List<Attempt> takeDue(Instant now) {
        List<Attempt> due = new ArrayList<>();
        while (true) {
            Map.Entry<Due, Attempt> first = waiting.firstEntry();
            if (first == null || first.getKey().at().isAfter(now)) {
                return due;
            }
            if (waiting.remove(first.getKey()) != null) {
                due.add(first.getValue());
            }
        }
    }

    /** Forgets the waiting attempts of the notices the test accepts. */
    void forget(Predicate<Notice> test) {
        waiting.values().removeIf(attempt -> {
            boolean gone = test.test(attempt.notice());
            if (gone) {
                pending.decrementAndGet();
            }
            return gone;
        });
    }

    public int pending() {
        return pending.get();
    }
}
