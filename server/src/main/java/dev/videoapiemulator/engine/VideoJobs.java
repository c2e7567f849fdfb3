package dev.videoapiemulator.engine;

import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The engine's front door: creates jobs on their timeline, finds, lists, ends and deletes them, and
 * reports their status changes as {@link JobTransition} events once the clock has passed them.
 */
// A singleton, not a proxied bean: it is called on every request.
@Singleton
public class VideoJobs {

    private final EmulatorClock clock;
    private final OwnedStore<VideoJob> store;
    private final JobTransitions transitions;
    private final Consumer<JobTransition> transitionEvents;

    @Inject
    public VideoJobs(EmulatorClock clock, EmulatorConfig config, Event<JobTransition> transitionEvents) {
        this(clock, config.store().maxJobsPerKey(), config.store().maxJobs(), transitionEvents::fire);
    }

    VideoJobs(EmulatorClock clock, int maxJobsPerKey, int maxJobs, Consumer<JobTransition> transitionEvents) {
        this.clock = clock;
        this.store = new OwnedStore<>(maxJobsPerKey, maxJobs);
        // Three changes a job at most, of jobs the store can hold.
        this.transitions = new JobTransitions(this::findAnyOwner, 3 * maxJobs);
        this.transitionEvents = transitionEvents;
    }

    /**
     * Creates a job that is queued now and lives as its script says. The id is made from the
     * creation instant, as real ids embed it.
     */
    public VideoJob create(String owner, String dialect, Function<Instant, String> idAt, VideoSpec spec,
            JobOrigin origin, JobScript script, Object details, Reporting reporting) {
        Instant now = clock.now();
        String id = idAt.apply(now);
        Instant starts = now.plus(script.queued());
        JobTimeline timeline = new JobTimeline(starts, starts.plus(script.processing()), script.outcome(),
                script.progressSteps());
        VideoJob job = new VideoJob(id, owner, store.nextSequence(), dialect, now, spec, origin, timeline,
                script.downloadWindow(), script.scenario(), script.downloadDirective(), script.webhookDirective(),
                details);
        store.add(job);
        transitions.created(job, reporting);
        return job;
    }

    public Optional<VideoJob> find(String owner, String id) {
        return store.find(owner, id);
    }

    public Optional<VideoJob> findAnyOwner(String id) {
        return store.findAnyOwner(id);
    }

    /** A page of the key's jobs that {@code include} accepts; an {@code afterId} it does not accept gives an empty page. */
    public Page<VideoJob> page(String owner, String afterId, int limit, boolean ascending,
            Predicate<? super VideoJob> include) {
        return store.page(owner, afterId, limit, ascending, include);
    }

    public Optional<VideoJob> delete(String owner, String id) {
        return store.delete(owner, id);
    }

    /** Ends a job now with the given outcome, whatever its timeline said. */
    public Optional<VideoJob> end(String owner, String id, JobOutcome outcome) {
        Instant now = clock.now();
        Optional<VideoJob> before = store.find(owner, id);
        Optional<VideoJob> after = store.update(owner, id,
                job -> job.withTimeline(job.timeline().endingAt(now, outcome)));
        after.ifPresent(ended -> before.ifPresent(was -> transitions.ended(was, ended, now)));
        return after;
    }

    /** Fires a {@link JobTransition} event for every status change the clock has passed, on the calling thread. */
    public void fireDueTransitions() {
        transitions.drain(clock.now(), transitionEvents);
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

    /** Every key's jobs, newest first. */
    public Collection<VideoJob> newestFirst() {
        return store.newestFirst();
    }

    public int removeIf(Predicate<? super VideoJob> test) {
        return store.removeIf(test);
    }

    public int size() {
        return store.size();
    }

    public void clear() {
        store.clear();
        transitions.clear();
    }
}
