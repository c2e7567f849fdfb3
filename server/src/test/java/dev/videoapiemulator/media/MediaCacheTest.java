package dev.videoapiemulator.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MediaCacheTest {

    private static MediaAsset asset(int size) {
        return new MediaAsset(new byte[size], "application/octet-stream", "\"x\"");
    }

    @Test
    void concurrentFirstRequestsMakeTheAssetOnce() throws Exception {
        MediaCache<String> cache = new MediaCache<>(1 << 20);
        AtomicInteger made = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<MediaAsset>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.get("job", () -> {
                        made.incrementAndGet();
                        sleep(100);
                        return asset(10);
                    });
                }));
            }
            start.countDown();
            MediaAsset first = results.get(0).get(10, TimeUnit.SECONDS);
            for (Future<MediaAsset> result : results) {
                assertSame(first, result.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, made.get());
    }

    @Test
    void evictsLeastRecentlyUsedToStayWithinTheByteBound() {
        MediaCache<String> cache = new MediaCache<>(100);
        AtomicInteger made = new AtomicInteger();
        cache.get("a", () -> counted(made, 40));
        cache.get("b", () -> counted(made, 40));
        cache.get("a", () -> counted(made, 40));
        cache.get("c", () -> counted(made, 40));
        assertEquals(80, cache.heldBytes());
        assertEquals(3, made.get());
        cache.get("a", () -> counted(made, 40));
        assertEquals(3, made.get(), "a was used recently and must have stayed");
        cache.get("b", () -> counted(made, 40));
        assertEquals(4, made.get(), "b was the least recently used and must have gone");
    }

    @Test
    void servesButDoesNotKeepAssetsLargerThanTheBound() {
        MediaCache<String> cache = new MediaCache<>(10);
        assertEquals(11, cache.get("big", () -> asset(11)).bytes().length);
        assertEquals(0, cache.heldBytes());
    }

    @Test
    void aFailedMakeIsReportedAndRetriedNextTime() {
        MediaCache<String> cache = new MediaCache<>(100);
        assertThrows(IllegalStateException.class, () -> cache.get("k", () -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(5, cache.get("k", () -> asset(5)).bytes().length);
    }

    private static MediaAsset counted(AtomicInteger made, int size) {
        made.incrementAndGet();
        return asset(size);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
