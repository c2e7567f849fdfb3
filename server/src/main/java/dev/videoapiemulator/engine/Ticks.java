package dev.videoapiemulator.engine;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The emulator's housekeeping timer: one daemon thread that runs each periodic task at its own
 * interval, however short (Quarkus's simple scheduler ignores intervals under a second). A task
 * that is still running when its next turn comes is not started twice.
 */
@Singleton
public class Ticks {

    private static final Logger LOG = Logger.getLogger(Ticks.class);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "emulator-ticks");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code task} every {@code interval}; a setting that is not positive is refused at start. */
    public void every(String setting, Duration interval, Runnable task) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException(setting + " must be a positive duration, not " + interval);
        }
        long millis = Math.max(1, interval.toMillis());
        thread.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s: a periodic task failed; it runs again at its next turn", setting);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        thread.shutdownNow();
    }
}
