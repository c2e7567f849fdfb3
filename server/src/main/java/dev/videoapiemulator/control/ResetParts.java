package dev.videoapiemulator.control;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.auth.RateLimits;
import dev.videoapiemulator.engine.EmulatorClock;
import dev.videoapiemulator.engine.VideoCharacters;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.scenario.ScenarioBook;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;

/** The parts of a reset whose state the engine, the scenarios and the rate limits keep. */
@Dependent
final class ResetParts {

    static final String CLOCK = "clock";

    private ResetParts() {
    }

    /** Jobs and the characters made from them, which live and die together. */
    @Produces
    @Singleton
    static ResetPart jobs(VideoJobs jobs, VideoCharacters characters) {
        return new ResetPart("jobs", testId -> {
            if (testId == null) {
                jobs.clear();
                characters.clear();
                return;
            }
            jobs.removeIf(job -> testId.equals(ApiCaller.testIdOf(job.owner())));
            characters.removeIf(character -> testId.equals(ApiCaller.testIdOf(character.owner())));
        });
    }

    /** Every key starts a fresh minute. Windows are per key, not per test. */
    @Produces
    @Singleton
    static ResetPart rateLimits(RateLimits limits) {
        return new ResetPart("rate_limits", testId -> {
            if (testId == null) {
                limits.reset();
            }
        });
    }

    /** Runtime scenarios go, and the files' scenarios count from zero again. */
    @Produces
    @Singleton
    static ResetPart scenarios(ScenarioBook book) {
        return new ResetPart("scenarios", book::reset);
    }

    /**
     * Back to the wall clock, running. Jobs and characters are laid out on the emulator's time, so
     * going back while any exist would undo what clients already saw (a completed video back in
     * progress, an expired download served again): that is refused. The clock is shared by every
     * test, so a reset of one test leaves it alone.
     */
    @Produces
    @Singleton
    static ResetPart clock(EmulatorClock clock, VideoJobs jobs, VideoCharacters characters) {
        return new ResetPart(CLOCK, testId -> {
            if (testId != null) {
                return;
            }
            if (clock.now().isAfter(Instant.now()) && (jobs.size() > 0 || characters.size() > 0)) {
                throw ApiError.invalidRequest(409, "The clock is ahead of the wall clock and " + jobs.size()
                        + " jobs and " + characters.size() + " characters live on its time; going back would move"
                        + " them backwards. Reset the jobs first (POST /__emulator/reset?part=jobs) or reset"
                        + " everything (POST /__emulator/reset).", null, "clock_in_use").exception();
            }
            clock.reset();
        });
    }
}
