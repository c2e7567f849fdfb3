package dev.videoapiemulator.engine;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The instants at which jobs change status, in time order. A job's status is derived from its
 * timeline, so nothing happens by itself when a job finishes; this index lets {@link #drain} report
 * a {@link JobTransition} for each change once the clock has passed it. Entries are checked against
 * the job as it is when drained: a deleted job fires nothing, and a forced end makes the transitions
 * of its old timeline stale. There is one index per clock, since each is drained at its own clock's
 * now; together they hold at most {@code capacity} instants (their {@code size} is shared): past
 * that the soonest of the index being added to goes, which belongs to its oldest job, one the store
 * has evicted already when it is full.
 */
final class JobTransitions {

    private record Due(Instant at, long order) {
    }

    private record Pending(String jobId, JobStatus status) {
    }

    private static final Comparator<Due> TIME_ORDER = Comparator.comparing(Due::at).thenComparingLong(Due::order);

    private final ConcurrentSkipListMap<Due, Pending> index = new ConcurrentSkipListMap<>(TIME_ORDER);
    private final AtomicLong order = new AtomicLong();
    private final AtomicInteger size;
    private final Function<String, Optional<VideoJob>> current;
    private final int capacity;

    /**
     * {@code current} finds a job as it is now, whoever owns it; empty once it is deleted. {@code size}
     * counts the instants of every index that shares {@code capacity}.
     */
    JobTransitions(Function<String, Optional<VideoJob>> current, int capacity, AtomicInteger size) {
        this.current = current;
        this.capacity = capacity;
        this.size = size;
    }

    void created(VideoJob job, Reporting reporting) {
        if (reporting == Reporting.EVERY_CHANGE) {
            add(job.createdAt(), job.id(), JobStatus.QUEUED);
            add(job.timeline().startsAt(), job.id(), JobStatus.IN_PROGRESS);
        }
        addEnd(job);
    }

    /** A job ended now by force: the changes its new timeline makes from now on. */
    void ended(VideoJob before, VideoJob after, Instant now) {
        JobStatus was = before.stateAt(now).status();
        if (was == JobStatus.QUEUED) {
            add(after.timeline().startsAt(), after.id(), JobStatus.IN_PROGRESS);
        }
        if (terminalStatus(after) != was) {
            addEnd(after);
        }
    }

    /** Reports every transition up to {@code now}, oldest first, on the calling thread. */
    void drain(Instant now, Consumer<JobTransition> sink) {
        while (true) {
            Map.Entry<Due, Pending> first = index.firstEntry();
            if (first == null || first.getKey().at().isAfter(now)) {
                return;
            }
            if (index.remove(first.getKey()) != null) {
                size.decrementAndGet();
                Pending pending = first.getValue();
                current.apply(pending.jobId())
                        .filter(job -> stillHappens(job, pending.status(), first.getKey().at()))
                        .ifPresent(job -> sink.accept(new JobTransition(job, pending.status(), first.getKey().at())));
            }
        }
    }

    void clear() {
        while (index.pollFirstEntry() != null) {
            size.decrementAndGet();
        }
    }

    boolean isEmpty() {
        return index.isEmpty();
    }

    private void addEnd(VideoJob job) {
        JobStatus end = terminalStatus(job);
        if (end != null) {
            add(job.timeline().endsAt(), job.id(), end);
        }
    }

    private void add(Instant at, String jobId, JobStatus status) {
        index.put(new Due(at, order.incrementAndGet()), new Pending(jobId, status));
        if (size.incrementAndGet() > capacity && index.pollFirstEntry() != null) {
            size.decrementAndGet();
        }
    }

    /** The status the job's timeline ends in, or null for a job that never ends. */
    private static JobStatus terminalStatus(VideoJob job) {
        JobOutcome outcome = job.timeline().outcome();
        if (outcome instanceof JobOutcome.Stuck) {
            return null;
        }
        return outcome instanceof JobOutcome.Failed ? JobStatus.FAILED : JobStatus.COMPLETED;
    }

    private static boolean stillHappens(VideoJob job, JobStatus status, Instant at) {
        return switch (status) {
            case QUEUED -> true;
            case IN_PROGRESS -> job.timeline().startsAt().equals(at) && job.stateAt(at).status() == status;
            case COMPLETED, FAILED -> job.timeline().endsAt().equals(at) && job.stateAt(at).status() == status;
        };
    }
}
