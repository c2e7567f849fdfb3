package dev.videoapiemulator.webhook;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.engine.Listeners;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Every delivery attempt, the last {@code emulator.webhooks.max-recorded} of them, for the control API. */
@ApplicationScoped
public class DeliveryLog {

    /** What an attempt came to: its answer, how long it took, and whether another follows. */
    record Result(int attempt, long time, Integer status, Long latencyMs, String error, String outcome,
            Long nextAttemptAt) {
    }

    private final ConcurrentLinkedDeque<DeliveryRecord> records = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong();
    private final int max;
    private final Listeners<DeliveryRecord> listeners = new Listeners<>();

    public DeliveryLog(EmulatorConfig config) {
        this.max = config.webhooks().maxRecorded();
    }

    /** Hears of every attempt as it is recorded; the listener must not block. */
    public void onRecord(Consumer<DeliveryRecord> listener) {
        listeners.add(listener);
    }

    void record(Notice notice, Result result) {
        DeliveryRecord record = new DeliveryRecord(ids.incrementAndGet(), notice.webhookId(), notice.eventId(),
                notice.kind(), notice.event(), notice.url(), notice.jobId(), ApiCaller.keyOf(notice.owner()),
                ApiCaller.testIdOf(notice.owner()), notice.scenario(), result.attempt(), result.time(),
                result.status(), result.latencyMs(), result.error(), result.outcome(), result.nextAttemptAt());
        records.addLast(record);
        listeners.publish(record);
        if (size.incrementAndGet() > max && records.pollFirst() != null) {
            size.decrementAndGet();
        }
    }

    /** Up to {@code limit} records the filter accepts, newest first; one more tells whether there are more. */
    public List<DeliveryRecord> newestFirst(Predicate<DeliveryRecord> filter, int limit) {
        List<DeliveryRecord> found = new ArrayList<>(Math.min(limit + 1, 128));
        Iterator<DeliveryRecord> it = records.descendingIterator();
        while (it.hasNext() && found.size() <= limit) {
            DeliveryRecord record = it.next();
            if (filter.test(record)) {
                found.add(record);
            }
        }
        return found;
    }

    void forget(String testId) {
        records.removeIf(r -> {
            boolean gone = testId == null || testId.equals(r.testId());
            if (gone) {
                size.decrementAndGet();
            }
            return gone;
        });
    }
}
