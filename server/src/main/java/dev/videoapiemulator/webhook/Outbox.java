package dev.videoapiemulator.webhook;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Attempts waiting for their time on the clock of the job they report (its test's, or the global
 * one): first attempts held back by a scenario's delay, and retries. Bounded: a notice counts from
 * when it is accepted until it is delivered or given up, and none is accepted beyond
 * {@code emulator.webhooks.max-pending}.
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

    /** No test id is blank, so this scope stands for none. */
    private static final String NO_TEST = "";

    /** Per test id, as each waits on its own clock; a scope goes once it is empty. */
    private final ConcurrentHashMap<String, ConcurrentSkipListMap<Due, Attempt>> waiting = new ConcurrentHashMap<>();
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
        enqueue(new Attempt(notice, 1), at);
        return true;
    }

    void retry(Attempt attempt, Instant at) {
        enqueue(attempt, at);
    }

    /** A notice was delivered or given up. */
    void finished() {
        pending.decrementAndGet();
    }

    /**
     * Removes and returns the attempts due by their clock's now ({@code now} of a test id, null for
     * none), oldest first within each clock. One look per test id with attempts waiting.
     */
    List<Attempt> takeDue(Function<String, Instant> now) {
        List<Attempt> due = new ArrayList<>();
        waiting.forEach((scope, queue) -> {
            Instant until = now.apply(scope.equals(NO_TEST) ? null : scope);
            while (true) {
                Map.Entry<Due, Attempt> first = queue.firstEntry();
                if (first == null || first.getKey().at().isAfter(until)) {
                    break;
                }
                if (queue.remove(first.getKey()) != null) {
                    due.add(first.getValue());
                }
            }
            // Under the map's lock for the scope, so an attempt queued meanwhile is never dropped with it.
            waiting.computeIfPresent(scope, (id, drained) -> drained.isEmpty() ? null : drained);
        });
        return due;
    }

    /** Forgets the waiting attempts of the notices the test accepts. */
    void forget(Predicate<Notice> test) {
        waiting.values().forEach(queue -> queue.values().removeIf(attempt -> {
            boolean gone = test.test(attempt.notice());
            if (gone) {
                pending.decrementAndGet();
            }
            return gone;
        }));
    }

    private void enqueue(Attempt attempt, Instant at) {
        String testId = ApiCaller.testIdOf(attempt.notice().owner());
        waiting.compute(testId == null ? NO_TEST : testId, (id, queue) -> {
            ConcurrentSkipListMap<Due, Attempt> kept = queue != null ? queue : new ConcurrentSkipListMap<>(TIME_ORDER);
            kept.put(new Due(at, order.incrementAndGet()), attempt);
            return kept;
        });
    }

    public int pending() {
        return pending.get();
    }
}
