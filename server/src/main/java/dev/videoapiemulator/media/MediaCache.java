package dev.videoapiemulator.media;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Least-recently-used assets bounded by their total size in bytes, with single-flight making: callers
 * asking for a key that is being made wait for that result instead of making it again.
 */
final class MediaCache<K> {

    private final long capacityBytes;
    private final LinkedHashMap<K, MediaAsset> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final ConcurrentHashMap<K, CompletableFuture<MediaAsset>> inFlight = new ConcurrentHashMap<>();
    private long heldBytes;

    MediaCache(long capacityBytes) {
        if (capacityBytes < 0) {
            throw new IllegalArgumentException("cache capacity must not be negative");
        }
        this.capacityBytes = capacityBytes;
    }

    /** Returns the cached asset or makes it; an asset larger than the whole cache is returned uncached. */
    MediaAsset get(K key, Supplier<MediaAsset> maker) {
        MediaAsset cached = lookup(key);
        if (cached != null) {
            return cached;
        }
        CompletableFuture<MediaAsset> mine = new CompletableFuture<>();
        CompletableFuture<MediaAsset> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            // A maker may have finished between the lookup and claiming the key: it stores before it leaves.
            MediaAsset asset = lookup(key);
            if (asset == null) {
                asset = maker.get();
                store(key, asset);
            }
            mine.complete(asset);
            return asset;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    synchronized long heldBytes() {
        return heldBytes;
    }

    synchronized int size() {
        return entries.size();
    }

    private synchronized MediaAsset lookup(K key) {
        return entries.get(key);
    }

    private synchronized void store(K key, MediaAsset asset) {
        long size = asset.bytes().length;
        if (size > capacityBytes) {
            return;
        }
        MediaAsset previous = entries.put(key, asset);
        if (previous != null) {
            heldBytes -= previous.bytes().length;
        }
        heldBytes += size;
        Iterator<Map.Entry<K, MediaAsset>> eldest = entries.entrySet().iterator();
        while (heldBytes > capacityBytes && eldest.hasNext()) {
            Map.Entry<K, MediaAsset> entry = eldest.next();
            heldBytes -= entry.getValue().bytes().length;
            eldest.remove();
        }
    }

    private static MediaAsset await(CompletableFuture<MediaAsset> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
