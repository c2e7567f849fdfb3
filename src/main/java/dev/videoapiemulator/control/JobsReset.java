package dev.videoapiemulator.control;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.engine.VideoCharacters;
import dev.videoapiemulator.engine.VideoJobs;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code jobs} part: jobs and the characters made from them, which live and die together. */
@ApplicationScoped
public class JobsReset implements Resettable {

    private final VideoJobs jobs;
    private final VideoCharacters characters;

    public JobsReset(VideoJobs jobs, VideoCharacters characters) {
        this.jobs = jobs;
        this.characters = characters;
    }

    @Override
    public String part() {
        return "jobs";
    }

    @Override
    public void reset(String testId) {
        if (testId == null) {
            jobs.clear();
            characters.clear();
            return;
        }
        jobs.removeIf(job -> testId.equals(ApiCaller.testIdOf(job.owner())));
        characters.removeIf(character -> testId.equals(ApiCaller.testIdOf(character.owner())));
    }
}
