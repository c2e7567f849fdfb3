package dev.videoapiemulator.engine;

import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** The engine's front door: creates jobs on their timeline, finds, lists, ends and deletes them. */
@ApplicationScoped
public class VideoJobs {

    private final EmulatorClock clock;
    private final EmulatorConfig.Jobs timings;
    private final OwnedStore<VideoJob> store;

    public VideoJobs(EmulatorClock clock, EmulatorConfig config) {
        this.clock = clock;
        this.timings = config.jobs();
        this.store = new OwnedStore<>(config.store().maxJobsPerKey(), config.store().maxJobs());
    }

    /**
     * Creates a job that is queued now and completes after the configured timings. The id is made
     * from the creation instant, as real ids embed it.
     */
    public VideoJob create(String owner, String dialect, Function<Instant, String> idAt, VideoSpec spec,
            JobOrigin origin, Object details) {
        Instant now = clock.now();
        String id = idAt.apply(now);
        Instant starts = now.plus(timings.queued());
        Instant ends = starts.plus(timings.processing())
                .plus(timings.processingPerSecond().multipliedBy(spec.seconds()));
        JobTimeline timeline = new JobTimeline(starts, ends, new JobOutcome.Completed());
        VideoJob job = new VideoJob(id, owner, store.nextSequence(), dialect, now, spec, origin, timeline,
                timings.downloadExpiry(), details);
        store.add(job);
        return job;
    }

    public Optional<VideoJob> find(String owner, String id) {
        return store.find(owner, id);
    }

    public Optional<VideoJob> findAnyOwner(String id) {
        return store.findAnyOwner(id);
    }

    public Page<VideoJob> page(String owner, String afterId, int limit, boolean ascending) {
        return store.page(owner, afterId, limit, ascending);
    }

    public Optional<VideoJob> delete(String owner, String id) {
        return store.delete(owner, id);
    }

    /** Ends a job now with the given outcome, whatever its timeline said. */
    public Optional<VideoJob> end(String owner, String id, JobOutcome outcome) {
        Instant now = clock.now();
        return store.update(owner, id, job -> job.withTimeline(job.timeline().endingAt(now, outcome)));
    }

    public JobState stateOf(VideoJob job) {
        return job.stateAt(clock.now());
    }

    public Instant now() {
        return clock.now();
    }

    int removeCreatedBefore(Instant cutoff) {
        return store.removeCreatedBefore(cutoff);
    }

    public int size() {
        return store.size();
    }

    public void clear() {
        store.clear();
    }
}
