package dev.videoapiemulator.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Items kept per API key, bounded per key and in total (the oldest go first), in creation order.
 * Concurrent maps only: a write locks at most one id's or one key's bin, never the store.
 * Another key's items are invisible, exactly as if they did not exist.
 */
public class OwnedStore<T extends Owned> {

    /**
     * One key's items in creation order, in a ring: appending, dropping the oldest and finding a
     * page's start are cheap, and only the key's own writers ever wait for its monitor.
     */
    private static final class Shelf<T extends Owned> {
        private Owned[] ring = new Owned[16];
        private int head;
        private int count;

        synchronized void add(T item) {
            if (count == ring.length) {
                Owned[] larger = new Owned[ring.length * 2];
                for (int i = 0; i < count; i++) {
                    larger[i] = at(i);
                }
                ring = larger;
                head = 0;
            }
            // Sequences come from one counter, so an item is the newest unless another create of
            // the same key took its sequence first and arrived later: it then goes one place back.
            int position = count;
            while (position > 0 && at(position - 1).sequence() > item.sequence()) {
                set(position, at(position - 1));
                position--;
            }
            set(position, item);
            count++;
        }

        synchronized T oldest() {
            return count == 0 ? null : at(0);
        }

        synchronized boolean remove(Owned item) {
            int index = indexOf(item.sequence());
            if (index < 0) {
                return false;
            }
            if (index == 0) {
                ring[head] = null;
                head = (head + 1) % ring.length;
            } else {
                for (int i = index; i < count - 1; i++) {
                    set(i, at(i + 1));
                }
                set(count - 1, null);
            }
            count--;
            return true;
        }

        synchronized void replace(T item) {
            int index = indexOf(item.sequence());
            if (index >= 0) {
                set(index, item);
            }
        }

        synchronized int size() {
            return count;
        }

        /**
         * Up to {@code limit} accepted items beyond {@code afterSequence} (none: -1) in the order asked;
         * the sequence need not be one of this shelf's, so a page may continue after an item kept elsewhere.
         */
        synchronized Page<T> page(long afterSequence, int limit, boolean ascending, Predicate<? super T> include) {
            int from;
            if (afterSequence < 0) {
                from = ascending ? 0 : count - 1;
            } else {
                int after = indexOf(afterSequence);
                if (after >= 0) {
                    from = ascending ? after + 1 : after - 1;
                } else {
                    int insertion = -after - 1;
                    from = ascending ? insertion : insertion - 1;
                }
            }
            List<T> items = new ArrayList<>(Math.min(limit, 128));
            for (int i = from; i >= 0 && i < count; i += ascending ? 1 : -1) {
                T item = at(i);
                if (!include.test(item)) {
                    continue;
                }
                if (items.size() == limit) {
                    return new Page<>(items, true);
                }
                items.add(item);
            }
            return new Page<>(items, false);
        }

        private int indexOf(long sequence) {
            int low = 0;
            int high = count - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                long found = at(middle).sequence();
                if (found < sequence) {
                    low = middle + 1;
                } else if (found > sequence) {
                    high = middle - 1;
                } else {
                    return middle;
                }
            }
            // Where it would stand, as Arrays.binarySearch answers.
            return -low - 1;
        }

        @SuppressWarnings("unchecked")
        private T at(int index) {
            return (T) ring[(head + index) % ring.length];
        }

        private void set(int index, Owned item) {
            ring[(head + index) % ring.length] = item;
        }
    }

    private final ConcurrentHashMap<String, T> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Shelf<T>> byOwner = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, T> byAge = new ConcurrentSkipListMap<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private final int maxPerOwner;
    private final int maxTotal;

    public OwnedStore(int maxPerOwner, int maxTotal) {
        this.maxPerOwner = maxPerOwner;
        this.maxTotal = maxTotal;
    }

    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    public void add(T item) {
        byId.put(item.id(), item);
        byAge.put(item.sequence(), item);
        size.incrementAndGet();
        // Inside compute, so that a shelf emptied by a removal is never written to after it is dropped.
        Shelf<T> shelf = byOwner.compute(item.owner(), (owner, existing) -> {
            Shelf<T> s = existing != null ? existing : new Shelf<>();
            s.add(item);
            return s;
        });
        while (shelf.size() > maxPerOwner) {
            T oldest = shelf.oldest();
            if (oldest == null || !remove(oldest)) {
                break;
            }
        }
        while (size.get() > maxTotal) {
            Map.Entry<Long, T> oldest = byAge.firstEntry();
            if (oldest == null || !remove(oldest.getValue())) {
                break;
            }
        }
    }

    /**
     * Adds unless the owner already holds its {@code maxPerOwner} items or the store its
     * {@code maxTotal}: for what is refused when full rather than making room by dropping the oldest.
     */
    public boolean addIfRoom(T item) {
        if (size.incrementAndGet() > maxTotal) {
            size.decrementAndGet();
            return false;
        }
        boolean[] added = {false};
        byOwner.compute(item.owner(), (owner, existing) -> {
            Shelf<T> s = existing != null ? existing : new Shelf<>();
            if (s.size() < maxPerOwner) {
                s.add(item);
                added[0] = true;
            }
            return s.size() == 0 ? null : s;
        });
        if (!added[0]) {
            size.decrementAndGet();
            return false;
        }
        byId.put(item.id(), item);
        byAge.put(item.sequence(), item);
        return true;
    }

    public Optional<T> find(String owner, String id) {
        T item = id == null ? null : byId.get(id);
        return item != null && item.owner().equals(owner) ? Optional.of(item) : Optional.empty();
    }

    /** Any key's item: for the control API, which sees every key. */
    public Optional<T> findAnyOwner(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Replaces an item atomically with respect to other replacements of the same id. */
    public Optional<T> update(String owner, String id, UnaryOperator<T> change) {
        if (find(owner, id).isEmpty()) {
            return Optional.empty();
        }
        T updated = byId.computeIfPresent(id, (key, current) -> change.apply(current));
        if (updated == null) {
            return Optional.empty();
        }
        byAge.replace(updated.sequence(), updated);
        Shelf<T> shelf = byOwner.get(owner);
        if (shelf != null) {
            shelf.replace(updated);
        }
        return Optional.of(updated);
    }

    public Optional<T> delete(String owner, String id) {
        Optional<T> item = find(owner, id);
        return item.filter(this::remove);
    }

    /**
     * Up to {@code limit} items of one key that {@code include} accepts, after the item
     * {@code afterId} (exclusive) in the given order. An {@code afterId} the key does not own, or
     * that {@code include} refuses, yields an empty page.
     */
    public Page<T> page(String owner, String afterId, int limit, boolean ascending, Predicate<? super T> include) {
        if (afterId == null) {
            return pageAfter(owner, -1, limit, ascending, include);
        }
        Optional<T> after = find(owner, afterId).filter(include);
        return after.isEmpty() ? new Page<>(List.of(), false)
                : pageAfter(owner, after.get().sequence(), limit, ascending, include);
    }

    /** As {@link #page}, continuing after a sequence that may be of an item kept elsewhere (none: -1). */
    public Page<T> pageAfter(String owner, long afterSequence, int limit, boolean ascending,
            Predicate<? super T> include) {
        Shelf<T> shelf = byOwner.get(owner);
        return shelf == null ? new Page<>(List.of(), false) : shelf.page(afterSequence, limit, ascending, include);
    }

    /**
     * Drops what was created before its owner's {@code cutoff}; returns how many went. Owners may
     * live on different clocks, so creation times are compared within one owner only, oldest first,
     * where they only grow: one look per owner when nothing is due.
     */
    public int removeCreatedBefore(Function<String, Instant> cutoff) {
        int removed = 0;
        for (Map.Entry<String, Shelf<T>> owned : byOwner.entrySet()) {
            Instant ownerCutoff = cutoff.apply(owned.getKey());
            T oldest;
            while ((oldest = owned.getValue().oldest()) != null && oldest.createdAt().isBefore(ownerCutoff)
                    && remove(oldest)) {
                removed++;
            }
        }
        return removed;
    }

    /** Drops every item the test accepts, whoever owns it; returns how many went. */
    public int removeIf(Predicate<? super T> test) {
        int removed = 0;
        for (T item : byAge.values()) {
            if (test.test(item) && remove(item)) {
                removed++;
            }
        }
        return removed;
    }

    /** Every key's items, newest first: a live view for the control API, which sees every key. */
    public Collection<T> newestFirst() {
        return Collections.unmodifiableCollection(byAge.descendingMap().values());
    }

    public int size() {
        return size.get();
    }

    public void clear() {
        byAge.values().forEach(this::remove);
    }

    private boolean remove(T item) {
        if (byId.remove(item.id()) == null) {
            return false;
        }
        byAge.remove(item.sequence());
        size.decrementAndGet();
        byOwner.computeIfPresent(item.owner(), (owner, shelf) -> {
            shelf.remove(item);
            return shelf.size() == 0 ? null : shelf;
        });
        return true;
    }
}
