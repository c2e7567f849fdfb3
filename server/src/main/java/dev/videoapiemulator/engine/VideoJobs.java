package dev.videoapiemulator.engine;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The engine's front door: creates jobs on their timeline, finds, lists, ends and deletes them, and
 * reports their status changes as {@link JobTransition} events once the clock has passed them. A
 * job lives on the clock of the test id that owns it ({@link Clocks}).
 */
// A singleton, not a proxied bean: it is called on every request.
@Singleton
public class VideoJobs {

    /** Jobs without a test id: no test id is empty, so this key stands for none. */
    private static final String NO_TEST = "";

    private final Clocks clocks;
    private final OwnedStore<VideoJob> store;
    /** Per test id, as each is drained at its own clock's now; an index goes once it is empty. */
    private final ConcurrentHashMap<String, JobTransitions> transitions = new ConcurrentHashMap<>();
    private final AtomicInteger transitionCount = new AtomicInteger();
    private final int transitionCapacity;
    private final Consumer<JobTransition> transitionEvents;

    @Inject
    public VideoJobs(Clocks clocks, EmulatorConfig config, Event<JobTransition> transitionEvents) {
        this(clocks, config.store().maxJobsPerKey(), config.store().maxJobs(), transitionEvents::fire);
    }

    VideoJobs(Clocks clocks, int maxJobsPerKey, int maxJobs, Consumer<JobTransition> transitionEvents) {
        this.clocks = clocks;
        this.store = new OwnedStore<>(maxJobsPerKey, maxJobs);
        // Three changes a job at most, of jobs the store can hold.
        this.transitionCapacity = 3 * maxJobs;
        this.transitionEvents = transitionEvents;
    }

    /**
     * Creates a job that is queued now and lives as its script says. The id is made from the
     * creation instant, as real ids embed it.
     */
    public VideoJob create(String owner, String dialect, Function<Instant, String> idAt, VideoSpec spec,
            JobOrigin origin, JobScript script, Object details, Reporting reporting) {
        Instant now = clocks.nowUsing(owner);
        String id = idAt.apply(now);
        Instant starts = now.plus(script.queued());
        JobTimeline timeline = new JobTimeline(starts, starts.plus(script.processing()), script.outcome(),
                script.progressSteps());
        VideoJob job = new VideoJob(id, owner, store.nextSequence(), dialect, now, spec, origin, timeline,
                script.downloadWindow(), script.scenario(), script.downloadDirective(), script.webhookDirective(),
                details);
        store.add(job);
        indexing(owner, index -> index.created(job, reporting));
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
        Instant now = clocks.nowOf(owner);
        Optional<VideoJob> before = store.find(owner, id);
        Optional<VideoJob> after = store.update(owner, id,
                job -> job.withTimeline(job.timeline().endingAt(now, outcome)));
        after.ifPresent(ended -> before.ifPresent(was -> indexing(owner, index -> index.ended(was, ended, now))));
        return after;
    }

    /**
     * Fires a {@link JobTransition} event for every status change its job's clock has passed, on the
     * calling thread. One look per test id with changes to come, not per job.
     */
    public void fireDueTransitions() {
        transitions.forEach((testId, index) -> {
            index.drain(clocks.now(testId.equals(NO_TEST) ? null : testId), transitionEvents);
            // Under the map's lock for the id, so a change indexed meanwhile is never dropped with it.
            transitions.computeIfPresent(testId, (id, drained) -> drained.isEmpty() ? null : drained);
        });
    }

    public JobState stateOf(VideoJob job) {
        return job.stateAt(now(job.owner()));
    }

    /** The time on the clock of whatever {@code owner} makes and sees. */
    public Instant now(String owner) {
        return clocks.nowOf(owner);
    }

    /** Drops what each owner's clock says is older than {@code age}. */
    int removeOlderThan(Duration age) {
        return store.removeCreatedBefore(owner -> clocks.nowOf(owner).minus(age));
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
        transitions.values().forEach(JobTransitions::clear);
    }

    private void indexing(String owner, Consumer<JobTransitions> change) {
        String testId = ApiCaller.testIdOf(owner);
        transitions.compute(testId == null ? NO_TEST : testId, (id, index) -> {
            JobTransitions kept = index != null ? index
                    : new JobTransitions(this::findAnyOwner, transitionCapacity, transitionCount);
            change.accept(kept);
            return kept;
        });
    }
}
