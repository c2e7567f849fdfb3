package dev.videoapiemulator.control;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.auth.RateLimits;
import dev.videoapiemulator.engine.VideoCharacters;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.scenario.ScenarioBook;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The parts of a reset whose state the engine, the scenarios and the rate limits keep. */
@Dependent
final class ResetParts {

    static final String CLOCK = "clock";

    private ResetParts() {
    }

    /** Jobs and the characters made from them, which live and die together; declared jobs come back as declared. */
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
            jobs.restoreDeclared(testId);
            characters.removeIf(character -> testId.equals(ApiCaller.testIdOf(character.owner())));
        });
    }

    /**
     * Every key starts a fresh minute. Windows are per key, not per test, and so on the global clock:
     * a key shared by two tests has one window, which two test clocks could not measure.
     */
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
     * Every clock back to the wall clock, or the one of the test; refused while anything lives on a
     * clock ahead of it ({@link ClockResets}).
     */
    @Produces
    @Singleton
    static ResetPart clock(ClockResets resets) {
        return new ResetPart(CLOCK, testId -> {
            if (testId == null) {
                resets.resetAll();
            } else {
                resets.reset(testId);
            }
        });
    }
}
