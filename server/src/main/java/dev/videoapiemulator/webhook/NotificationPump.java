package dev.videoapiemulator.webhook;

import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.engine.Clocks;
import dev.videoapiemulator.engine.VideoJobs;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Moves notifications along on one thread of its own: every tick, and at once after any clock (the
 * global one or a test's) is advanced, it turns the job changes each job's clock has passed into
 * notices, then sends the attempts that are due on theirs. Request threads and the event loop only
 * ever ask it to run.
 */
@Startup
@ApplicationScoped
public class NotificationPump {

    private static final Logger LOG = Logger.getLogger(NotificationPump.class);

    private final VideoJobs jobs;
    private final Outbox outbox;
    private final Courier courier;
    private final Clocks clocks;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "webhook-pump");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean requested = new AtomicBoolean();

    public NotificationPump(VideoJobs jobs, Outbox outbox, Courier courier, Clocks clocks, EmulatorConfig config) {
        this.jobs = jobs;
        this.outbox = outbox;
        this.courier = courier;
        this.clocks = clocks;
        long tick = Math.max(1, config.webhooks().tick().toMillis());
        thread.scheduleWithFixedDelay(this::pump, tick, tick, TimeUnit.MILLISECONDS);
        clocks.onAdvance(this::pumpSoon);
    }

    /** Asks for a run; many requests before it starts make one run. */
    void pumpSoon() {
        if (requested.compareAndSet(false, true)) {
            thread.execute(this::pump);
        }
    }

    private void pump() {
        requested.set(false);
        try {
            jobs.fireDueTransitions();
            outbox.takeDue(clocks::now).forEach(courier::send);
        } catch (RuntimeException e) {
            // A failed run must not end the schedule: the next tick tries again.
            LOG.error("webhook delivery run failed", e);
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
