package dev.videoapiemulator.media.bench;

import dev.videoapiemulator.media.MediaLibrary;
import dev.videoapiemulator.media.MediaSubject;
import dev.videoapiemulator.media.MediaVariant;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times media making through the public API (an uncached library, so every call makes the asset, ETag
 * hash included). Prints medians after warm-up; run it pinned to one core, see bench/media/run.sh. The
 * video's and the spritesheet's CPU times are printed beside their wall times: on a machine shared with
 * other builds the wall time also counts the time the core served them.
 */
public final class MediaBench {

    private static final String[] SIZES = {"720x1280", "1280x720", "1024x1792", "1792x1024"};
    private static final int[] SECONDS = {4, 8, 12};
    private static final String PROMPT =
            "A calico cat plays a grand piano on a dim stage while the camera slowly dollies in, cinematic";

    private MediaBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        MediaLibrary uncached = new MediaLibrary(0);

        for (int i = 0; i < warmup; i++) {
            for (String size : SIZES) {
                uncached.asset(subject("video_warmup_" + i, size, 4), MediaVariant.VIDEO);
            }
        }

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%-10s %4s %12s %12s %12s %12s %14s %14s %14s%n",
                "size", "secs", "video ms", "video cpu ms", "video bytes", "webp ms", "webp bytes", "sprite ms",
                "sprite cpu ms");
        for (String size : SIZES) {
            for (int seconds : SECONDS) {
                double[] video = new double[runs];
                double[] videoCpu = new double[runs];
                double[] thumbnail = new double[runs];
                double[] sprites = new double[runs];
                double[] spritesCpu = new double[runs];
                int videoBytes = 0;
                int webpBytes = 0;
                for (int r = 0; r < runs; r++) {
                    MediaSubject subject = subject("video_bench_" + size + "_" + seconds + "_" + r, size, seconds);
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    videoBytes = uncached.asset(subject, MediaVariant.VIDEO).bytes().length;
                    long t1 = System.nanoTime();
                    videoCpu[r] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
                    webpBytes = uncached.asset(subject, MediaVariant.THUMBNAIL).bytes().length;
                    long cpu2 = threads.getCurrentThreadCpuTime();
                    long t2 = System.nanoTime();
                    uncached.asset(subject, MediaVariant.SPRITESHEET);
                    long t3 = System.nanoTime();
                    spritesCpu[r] = (threads.getCurrentThreadCpuTime() - cpu2) / 1e6;
                    video[r] = (t1 - t0) / 1e6;
                    thumbnail[r] = (t2 - t1) / 1e6;
                    sprites[r] = (t3 - t2) / 1e6;
                }
                System.out.printf(Locale.ROOT, "%-10s %4d %12.1f %12.1f %12d %12.1f %14d %14.1f %14.1f%n", size,
                        seconds, median(video), median(videoCpu), videoBytes, median(thumbnail), webpBytes,
                        median(sprites), median(spritesCpu));
            }
        }

        MediaLibrary cached = new MediaLibrary(256L << 20);
        for (String size : SIZES) {
            for (int seconds : SECONDS) {
                for (MediaVariant variant : MediaVariant.values()) {
                    cached.asset(subject("video_cache_" + size + "_" + seconds, size, seconds), variant);
                }
            }
        }
        System.out.printf(Locale.ROOT, "cache holding all 12 official jobs x 3 variants: %d bytes (%.2f MB)%n",
                cached.cachedBytes(), cached.cachedBytes() / 1048576.0);
    }

    private static MediaSubject subject(String id, String size, int seconds) {
        String[] parts = size.split("x");
        return new MediaSubject(id, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), seconds, PROMPT);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
