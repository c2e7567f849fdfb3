package dev.videoapiemulator.scenario;

import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.engine.JobError;
import dev.videoapiemulator.engine.JobOutcome;
import dev.videoapiemulator.engine.JobScript;
import dev.videoapiemulator.engine.VideoSpec;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * Scripts each new job: the timings of the fixtures (else of the configuration), reshaped by the
 * scenario that took the creating request, if any.
 */
@Singleton
public class ScenarioJobScripts {

    /**
     * The script of a job no scenario shaped: the timings of {@code fixture} (a fixture set's), else
     * those {@code configured}.
     */
    public static JobScript plain(Timings fixture, EmulatorConfig.Jobs configured, VideoSpec spec) {
        Duration processing = or(fixture.processing(), configured.processing())
                .plus(times(or(fixture.processingPerSecond(), configured.processingPerSecond()), spec.seconds()));
        return new JobScript(or(fixture.queued(), configured.queued()), processing, List.of(),
                new JobOutcome.Completed(), or(fixture.downloadExpiry(), configured.downloadExpiry()), null, null,
                null);
    }

    /** Where a stuck job holds when its scenario does not say. */
    static final int DEFAULT_STUCK_PROGRESS = 50;

    private final EmulatorConfig.Jobs configured;
    private final Fixtures fixtures;
    public ScenarioJobScripts(EmulatorConfig config, Fixtures fixtures) {
        this.configured = config.jobs();
        this.fixtures = fixtures;
    }

    /** The script of a job with this spec, created by a request that {@code scenario} took (null when none did). */
    public JobScript scriptFor(VideoSpec spec, Scenario scenario) {
        JobScript plain = plain(fixtures.current().timings(), configured, spec);
        if (scenario == null) {
            return plain;
        }
        Duration queued = plain.queued();
        Duration processing = plain.processing();
        Duration expiry = plain.downloadWindow();
        if (scenario.download() != null && scenario.download().expiredAnswer()) {
            expiry = Duration.ZERO;
        }
        JobAnswer job = scenario.job();
        if (job == null) {
            return new JobScript(queued, processing, List.of(), new JobOutcome.Completed(), expiry, scenario.name(),
                    scenario.download(), scenario.webhook());
        }
        JobOutcome outcome = outcome(job);
        Duration running = or(job.processing(), processing);
        if (job.processing() == null && outcome instanceof JobOutcome.Failed failed) {
            // A job that fails at 40% fails 40% of the way through its usual time.
            running = running.multipliedBy(Math.max(1, failed.finalProgress())).dividedBy(100);
        }
        return new JobScript(or(job.queued(), queued), running, job.progressSteps(), outcome,
                or(job.downloadExpiry(), expiry), scenario.name(), scenario.download(), scenario.webhook());
    }

    private static JobOutcome outcome(JobAnswer job) {
        JobAnswer.Outcome kind = job.outcome() == null ? JobAnswer.Outcome.COMPLETED : job.outcome();
        return switch (kind) {
            case COMPLETED -> new JobOutcome.Completed();
            case STUCK -> new JobOutcome.Stuck(job.stuckAtProgress() == null ? DEFAULT_STUCK_PROGRESS
                    : job.stuckAtProgress());
            case FAILED -> new JobOutcome.Failed(failure(job.error()),
                    job.failAtProgress() == null ? 0 : job.failAtProgress());
        };
    }

    /** The error of a failed job: a moderation block unless the fixture says otherwise. */
    public static JobError failure(ErrorSpec spec) {
        return spec == null ? JobError.MODERATION_BLOCKED : spec.asJobError();
    }

    /** {@code d × n} without {@link Duration#multipliedBy}, which goes through BigDecimal on every create. */
    private static Duration times(Duration d, int n) {
        return Duration.ofSeconds(Math.multiplyExact(d.getSeconds(), n), d.getNano() * (long) n);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
