package dev.videoapiemulator.journal;

import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.control.ResetPart;
import dev.videoapiemulator.engine.Listeners;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The last {@code emulator.journal.max-entries} API requests, in a lock-free ring: recording a
 * request is one atomic increment and one slot write, so the journal never slows the API down.
 * Entry {@code n} lives in slot {@code n % capacity} until entry {@code n + capacity} replaces it.
 */
// A singleton, not a proxied bean: it is called on every request.
@Singleton
public class RequestJournal {

    /** Two writers a whole ring apart may race for a slot; the newer entry must win. */
    private static final BinaryOperator<JournalEntry> NEWER = (current, offered) ->
            current == null || current.id() < offered.id() ? offered : current;

    private final int capacity;
    private final JournalCapture capture;
    private final Listeners<JournalEntry> listeners = new Listeners<>();
    private final AtomicReferenceArray<JournalEntry> slots;
    private final AtomicLong written = new AtomicLong();
    /** Entries below this id were cleared, even if a slow writer puts one back. */
    private volatile long floor;

    public RequestJournal(EmulatorConfig config) {
        this.capacity = config.journal().maxEntries();
        if (capacity < 1) {
            throw new IllegalArgumentException("emulator.journal.max-entries must be at least 1, not " + capacity);
        }
        this.slots = new AtomicReferenceArray<>(capacity);
        int bodyBytes = config.journal().bodyBytes();
        if (bodyBytes < 0) {
            throw new IllegalArgumentException("emulator.journal.body-bytes must not be negative, not " + bodyBytes);
        }
        this.capture = new JournalCapture(bodyBytes);
    }

    public int capacity() {
        return capacity;
    }

    JournalCapture capture() {
        return capture;
    }

    /** Hears of every entry as it is recorded, on the thread that ended the response: it must not block. */
    public void onRecord(Consumer<JournalEntry> listener) {
        listeners.add(listener);
    }

    void record(JournalDraft draft, int status, long endNanos) {
        long id = written.getAndIncrement();
        JournalEntry entry = draft.entry(id, status, endNanos);
        slots.accumulateAndGet(slot(id), entry, NEWER);
        listeners.publish(entry);
    }

    /** The entry with that id, while the journal still keeps it. */
    public Optional<JournalEntry> find(long id) {
        if (id < floor || id < written.get() - capacity || id < 0) {
            return Optional.empty();
        }
        JournalEntry entry = slots.get(slot(id));
        return entry != null && entry.id() == id ? Optional.of(entry) : Optional.empty();
    }

    /** Up to {@code limit} entries the filter accepts, newest first. */
    public List<JournalEntry> newestFirst(Predicate<JournalEntry> filter, int limit) {
        List<JournalEntry> found = new ArrayList<>(Math.min(limit, 128));
        scan(entry -> {
            if (filter.test(entry)) {
                found.add(entry);
            }
            return found.size() < limit;
        });
        return found;
    }

    public long count(Predicate<JournalEntry> filter) {
        long[] count = {0};
        scan(entry -> {
            if (filter.test(entry)) {
                count[0]++;
            }
            return true;
        });
        return count[0];
    }

    /** The {@code journal} part of a reset. */
    @Produces
    @Singleton
    static ResetPart resetPart(RequestJournal journal) {
        return new ResetPart("journal", journal::reset);
    }

    public void reset(String testId) {
        if (testId == null) {
            long cleared = written.get();
            floor = cleared;
            forget(entry -> entry.id() < cleared);
        } else {
            forget(entry -> testId.equals(entry.testId()));
        }
    }

    /** Visits retained entries newest first while the visitor answers true. */
    private void scan(Predicate<JournalEntry> visitor) {
        long end = written.get();
        long start = Math.max(floor, end - capacity);
        for (long id = end - 1; id >= start; id--) {
            JournalEntry entry = slots.get(slot(id));
            if (entry != null && entry.id() == id && !visitor.test(entry)) {
                return;
            }
        }
    }

    private void forget(Predicate<JournalEntry> doomed) {
        for (int i = 0; i < capacity; i++) {
            slots.updateAndGet(i, entry -> entry != null && doomed.test(entry) ? null : entry);
        }
    }

    private int slot(long id) {
        return (int) (id % capacity);
    }
}
