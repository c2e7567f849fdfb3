package dev.videoapiemulator.control;

import dev.videoapiemulator.engine.EmulatorClock;
import dev.videoapiemulator.engine.VideoCharacters;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.api.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The {@code clock} part: back to the wall clock, running. Jobs and characters are laid out on the
 * emulator's time, so going back while any exist would undo what clients already saw (a completed
 * video back in progress, an expired download served again): that is refused. The clock is shared
 * by every test, so a reset of one test leaves it alone.
 */
@ApplicationScoped
public class ClockReset implements Resettable {

    static final String PART = "clock";

    private final EmulatorClock clock;
    private final VideoJobs jobs;
    private final VideoCharacters characters;

    public ClockReset(EmulatorClock clock, VideoJobs jobs, VideoCharacters characters) {
        this.clock = clock;
        this.jobs = jobs;
        this.characters = characters;
    }

    @Override
    public String part() {
        return PART;
    }

    @Override
    public void reset(String testId) {
        if (testId != null) {
            return;
        }
        if (clock.now().isAfter(Instant.now()) && (jobs.size() > 0 || characters.size() > 0)) {
            throw ApiError.invalidRequest(409, "The clock is ahead of the wall clock and " + jobs.size()
                    + " jobs and " + characters.size() + " characters live on its time; going back would move them"
                    + " backwards. Reset the jobs first (POST /__emulator/reset?part=jobs) or reset everything"
                    + " (POST /__emulator/reset).", null, "clock_in_use").exception();
        }
        clock.reset();
    }
}
