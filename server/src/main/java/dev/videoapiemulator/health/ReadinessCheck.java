package dev.videoapiemulator.health;

import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.engine.RetentionSweeper;
import dev.videoapiemulator.scenario.Fixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once fixtures have loaded and the housekeeping that sweeps jobs is running; with
 * {@code emulator.fixtures.ready-requires-valid}, also only while no fixture file is refused.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    Fixtures fixtures;
    @Inject
    RetentionSweeper sweeper;
    @Inject
    EmulatorConfig config;

    @Override
    public HealthCheckResponse call() {
        boolean schedulerUp = sweeper.running();
        boolean fixturesUp = fixtures.loaded()
                && (fixtures.error() == null || !config.fixtures().readyRequiresValid());
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("emulator")
                .status(fixturesUp && schedulerUp)
                .withData("fixtures", fixtures.loaded() ? "loaded" : "not loaded")
                .withData("fixtureFiles", fixtures.current().files().size())
                .withData("scheduler", schedulerUp ? "running" : "stopped");
        if (fixtures.error() != null) {
            builder.withData("fixtureError", fixtures.error());
        }
        return builder.build();
    }
}
