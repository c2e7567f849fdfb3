package dev.videoapiemulator.health;

import dev.videoapiemulator.engine.RetentionSweeper;
import dev.videoapiemulator.scenario.Fixtures;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once fixtures have loaded and the scheduler that sweeps jobs is running. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    private final Fixtures fixtures;
    private final Scheduler scheduler;
    private final RetentionSweeper sweeper;

    public ReadinessCheck(Fixtures fixtures, Scheduler scheduler, RetentionSweeper sweeper) {
        this.fixtures = fixtures;
        this.scheduler = scheduler;
        this.sweeper = sweeper;
    }

    @Override
    public HealthCheckResponse call() {
        boolean schedulerUp = scheduler.isRunning() && sweeper.running();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("emulator")
                .status(fixtures.loaded() && schedulerUp)
                .withData("fixtures", fixtures.loaded() ? "loaded" : "not loaded")
                .withData("fixtureFiles", fixtures.current().files().size())
                .withData("scheduler", schedulerUp ? "running" : "stopped");
        if (fixtures.error() != null) {
            builder.withData("fixtureError", fixtures.error());
        }
        return builder.build();
    }
}
