package dev.videoapiemulator.control;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.engine.Clocks;
import dev.videoapiemulator.engine.VideoCharacters;
import dev.videoapiemulator.engine.VideoJobs;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Puts clocks back to the wall clock. Declared jobs do not hold a clock: a reset of the jobs brings them
 * back as declared, on the times of their load. Jobs and characters are laid out on their clock's time, so
 * taking a clock back while any live on it would undo what clients already saw (a completed video
 * back in progress, an expired download served again): that is refused, per clock. What lives on
 * a clock is what its test id owns (what has none, for the global clock), and only that holds it.
 */
@Singleton
class ClockResets {

    @Inject
    Clocks clocks;
    @Inject
    VideoJobs jobs;
    @Inject
    VideoCharacters characters;

    /** The clock of {@code testId} (the global one for null) back to the wall clock, unless refused. */
    void reset(String testId) {
        if (clocks.now(testId).isAfter(Instant.now())) {
            refuseIfInUse(Set.of(scope(testId)));
        }
        if (testId == null) {
            clocks.of(null).reset();
        } else {
            clocks.forget(testId);
        }
    }

    /** Every clock back to the wall clock, unless one ahead of it has anything living on it. */
    void resetAll() {
        Instant wall = Instant.now();
        Set<String> ahead = new HashSet<>();
        if (clocks.now(null).isAfter(wall)) {
            ahead.add(scope(null));
        }
        clocks.testIds().stream().filter(id -> clocks.now(id).isAfter(wall)).forEach(ahead::add);
        if (!ahead.isEmpty()) {
            refuseIfInUse(ahead);
        }
        clocks.resetAll();
    }

    private void refuseIfInUse(Set<String> scopes) {
        long liveJobs = jobs.createdNewestFirst().stream().filter(job -> scopes.contains(scopeOf(job.owner())))
                .count();
        long liveCharacters = characters.count(character -> scopes.contains(scopeOf(character.owner())));
        if (liveJobs == 0 && liveCharacters == 0) {
            return;
        }
        String testId = scopes.size() == 1 ? ApiCaller.testIdFrom(scopes.iterator().next()) : null;
        String which = scopes.size() > 1 ? "A clock"
                : testId == null ? "The clock" : "The clock of test '" + testId + "'";
        String advice = testId == null
                ? "Reset the jobs first (POST /__emulator/reset?part=jobs) or reset everything (POST /__emulator/reset)."
                : "Reset the test's jobs first (POST /__emulator/reset?part=jobs&test_id=" + testId
                        + ") or the whole test (POST /__emulator/reset?test_id=" + testId + ").";
        throw ApiError.invalidRequest(409, which + " is ahead of the wall clock and " + liveJobs + " jobs and "
                + liveCharacters + " characters live on its time; going back would move them backwards. " + advice,
                null, "clock_in_use").exception();
    }

    /** No test id is blank, so the blank scope stands for the global clock. */
    private static String scope(String testId) {
        return Objects.requireNonNullElse(testId, "");
    }

    private static String scopeOf(String owner) {
        return scope(ApiCaller.testIdOf(owner));
    }
}
