package dev.videoapiemulator.engine;

import dev.videoapiemulator.config.EmulatorConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets jobs and characters older than the retention, each on its owner's clock. Its heartbeat
 * is what readiness checks: a server whose housekeeping stopped is not ready.
 */
@Startup
@ApplicationScoped
public class RetentionSweeper {

    private final VideoJobs jobs;
    private final VideoCharacters characters;
    private final Duration retention;
    private final Duration interval;
    private volatile Instant lastSweep = Instant.now();

    public RetentionSweeper(VideoJobs jobs, VideoCharacters characters, EmulatorConfig config, Ticks ticks) {
        this.jobs = jobs;
        this.characters = characters;
        this.retention = config.store().retention();
        this.interval = config.store().sweepInterval();
        ticks.every("emulator.store.sweep-interval", interval, this::sweep);
    }

    void sweep() {
        jobs.removeOlderThan(retention);
        characters.removeOlderThan(retention);
        lastSweep = Instant.now();
    }

    /** True while sweeps keep coming at their interval (with slack for a busy machine), counting from start. */
    public boolean running() {
        return Duration.between(lastSweep, Instant.now()).compareTo(interval.multipliedBy(5)) < 0;
    }
}
