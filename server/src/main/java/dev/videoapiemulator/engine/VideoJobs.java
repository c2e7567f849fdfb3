package dev.videoapiemulator.engine;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

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
    private final DeclaredJobs declared = new DeclaredJobs();
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

    /**
     * Replaces the jobs that exist from the start ({@link DeclaredJobs}): each takes its place in
     * creation order, and the end of any still to come at {@code now} is reported as a created job's is.
     * A declared job's owner is its key, or {@link #EVERY_KEY} for one every key sees.
     */
    public void declare(List<VideoJob> jobs, Instant now) {
        List<VideoJob> placed = jobs.stream().sorted(Comparator.comparing(VideoJob::createdAt))
                .map(job -> job.withSequence(store.nextSequence())).toList();
        declared.declare(placed);
        placed.stream().filter(job -> job.timeline().endsAt().isAfter(now))
                .forEach(job -> indexing(job.owner(), index -> index.created(job, Reporting.END)));
    }

    /** The owner of a job declared for no key: every key sees it. */
    public static final String EVERY_KEY = DeclaredJobs.EVERY_KEY;

    /** The owner's job, or a declared one it sees. */
    public Optional<VideoJob> find(String owner, String id) {
        Optional<VideoJob> own = store.find(owner, id);
        return own.isPresent() ? own : declared.find(owner, id);
    }

    public Optional<VideoJob> findAnyOwner(String id) {
        Optional<VideoJob> own = store.findAnyOwner(id);
        return own.isPresent() ? own : declared.findAnyOwner(id);
    }

    /**
     * A page of the key's jobs, declared ones among them in creation order, that {@code include}
     * accepts; an {@code afterId} it does not accept gives an empty page.
     */
    public Page<VideoJob> page(String owner, String afterId, int limit, boolean ascending,
            Predicate<? super VideoJob> include) {
        List<VideoJob> fromStart = declared.visible(owner);
        if (fromStart.isEmpty()) {
            return store.page(owner, afterId, limit, ascending, include);
        }
        long after = -1;
        if (afterId != null) {
            Optional<VideoJob> start = find(owner, afterId).filter(include);
            if (start.isEmpty()) {
                return new Page<>(List.of(), false);
            }
            after = start.get().sequence();
        }
        Page<VideoJob> own = store.pageAfter(owner, after, limit, ascending, include);
        long beyond = after;
        Comparator<VideoJob> order = Comparator.comparingLong(VideoJob::sequence);
        List<VideoJob> merged = new ArrayList<>(own.items());
        fromStart.stream().filter(include)
                .filter(job -> beyond < 0 || (ascending ? job.sequence() > beyond : job.sequence() < beyond))
                .forEach(merged::add);
        merged.sort(ascending ? order : order.reversed());
        return merged.size() > limit ? new Page<>(List.copyOf(merged.subList(0, limit)), true)
                : new Page<>(merged, own.hasMore());
    }

    /** Deletes the owner's job; a declared one is only hidden from this owner until a reset. */
    public Optional<VideoJob> delete(String owner, String id) {
        Optional<VideoJob> own = store.delete(owner, id);
        return own.isPresent() ? own : declared.delete(owner, id);
    }

    /** Ends a job now with the given outcome, whatever its timeline said; a declared job for everyone who sees it. */
    public Optional<VideoJob> end(String owner, String id, JobOutcome outcome) {
        Instant now = clocks.nowOf(owner);
        UnaryOperator<VideoJob> ending = job -> job.withTimeline(job.timeline().endingAt(now, outcome));
        Optional<VideoJob> before = store.find(owner, id);
        Optional<VideoJob> after;
        if (before.isPresent()) {
            after = store.update(owner, id, ending);
        } else {
            before = declared.findAnyOwner(id).filter(job -> job.owner().equals(owner));
            after = before.isPresent() ? declared.update(id, ending) : Optional.empty();
        }
        Optional<VideoJob> was = before;
        after.ifPresent(ended -> was.ifPresent(old -> indexing(owner, index -> index.ended(old, ended, now))));
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

    /** Every key's jobs, newest first, then the declared ones: read as it is walked, never copied. */
    public Iterable<VideoJob> newestFirst() {
        return () -> Stream.concat(store.newestFirst().stream(), declared.newestFirst()).iterator();
    }

    /** Jobs made since the start, newest first, without the declared ones. */
    public Collection<VideoJob> createdNewestFirst() {
        return store.newestFirst();
    }

    public int removeIf(Predicate<? super VideoJob> test) {
        return store.removeIf(test);
    }

    public int size() {
        return store.size();
    }

    /** Every job made goes, and the declared ones are back as declared. */
    public void clear() {
        store.clear();
        declared.restore(null);
        transitions.values().forEach(JobTransitions::clear);
    }

    /** What the owners of one test id did to the declared jobs is undone. */
    public void restoreDeclared(String testId) {
        declared.restore(testId);
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
