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
        Timings t = fixtures.current().timings();
        Duration queued = or(t.queued(), configured.queued());
        Duration processing = or(t.processing(), configured.processing())
                .plus(times(or(t.processingPerSecond(), configured.processingPerSecond()), spec.seconds()));
        Duration expiry = or(t.downloadExpiry(), configured.downloadExpiry());
        if (scenario == null) {
            return new JobScript(queued, processing, List.of(), new JobOutcome.Completed(), expiry, null, null, null);
        }
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
            case FAILED -> new JobOutcome.Failed(error(job.error()),
                    job.failAtProgress() == null ? 0 : job.failAtProgress());
        };
    }

    private static JobError error(ErrorSpec spec) {
        if (spec == null) {
            return JobError.MODERATION_BLOCKED;
        }
        return new JobError(spec.code() == null ? JobError.MODERATION_BLOCKED.code() : spec.code(),
                spec.message() == null ? JobError.MODERATION_BLOCKED.message() : spec.message());
    }

    /** {@code d × n} without {@link Duration#multipliedBy}, which goes through BigDecimal on every create. */
    private static Duration times(Duration d, int n) {
        return Duration.ofSeconds(Math.multiplyExact(d.getSeconds(), n), d.getNano() * (long) n);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
