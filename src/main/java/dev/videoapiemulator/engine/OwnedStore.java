package dev.videoapiemulator.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Items kept per API key, bounded per key and in total (the oldest go first), in creation order.
 * Concurrent maps only: a write locks at most one id's or one key's bin, never the store.
 * Another key's items are invisible, exactly as if they did not exist.
 */
public class OwnedStore<T extends Owned> {

    private static final class Shelf<T> {
        final ConcurrentSkipListMap<Long, T> bySequence = new ConcurrentSkipListMap<>();
        final AtomicInteger size = new AtomicInteger();
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
        Shelf<T> shelf = byOwner.compute(item.owner(), (owner, existing) -> {
            Shelf<T> s = existing != null ? existing : new Shelf<>();
            s.bySequence.put(item.sequence(), item);
            s.size.incrementAndGet();
            return s;
        });
        while (shelf.size.get() > maxPerOwner) {
            Map.Entry<Long, T> oldest = shelf.bySequence.firstEntry();
            if (oldest == null || !remove(oldest.getValue())) {
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
            shelf.bySequence.replace(updated.sequence(), updated);
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
        Shelf<T> shelf = byOwner.get(owner);
        if (shelf == null) {
            return new Page<>(List.of(), false);
        }
        NavigableMap<Long, T> view = ascending ? shelf.bySequence : shelf.bySequence.descendingMap();
        if (afterId != null) {
            Optional<T> after = find(owner, afterId).filter(include);
            if (after.isEmpty()) {
                return new Page<>(List.of(), false);
            }
            view = view.tailMap(after.get().sequence(), false);
        }
        List<T> items = new ArrayList<>(Math.min(limit, 128));
        for (T item : view.values()) {
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

    /** Drops everything created before {@code cutoff}; returns how many went. */
    public int removeCreatedBefore(Instant cutoff) {
        int removed = 0;
        for (T item : byAge.values()) {
            if (!item.createdAt().isBefore(cutoff)) {
                break;
            }
            if (remove(item)) {
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
            if (shelf.bySequence.remove(item.sequence()) != null) {
                shelf.size.decrementAndGet();
            }
            return shelf.size.get() == 0 ? null : shelf;
        });
        return true;
    }
}
