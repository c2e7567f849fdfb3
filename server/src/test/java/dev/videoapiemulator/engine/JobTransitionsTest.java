package dev.videoapiemulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JobTransitionsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final JobError ERROR = new JobError("boom", "It broke.");

    /** The jobs as they are now, standing in for the store. */
    private final Map<String, VideoJob> jobs = new HashMap<>();
    private final JobTransitions transitions = new JobTransitions(id -> Optional.ofNullable(jobs.get(id)), 1000,
            new AtomicInteger());
    private long sequence;

    private record Seen(String jobId, JobStatus status, Instant at) {
    }

    private static Instant at(int second) {
        return T0.plusSeconds(second);
    }

    /** A job created at {@code created}, starting at {@code starts} and ending at {@code ends}. */
    private VideoJob create(String id, int created, int starts, int ends, JobOutcome outcome) {
        VideoJob job = new VideoJob(id, "owner", ++sequence, "openai", at(created),
                new VideoSpec("sora-2", 720, 1280, 4, "p"), JobOrigin.fresh(),
                new JobTimeline(at(starts), at(ends), outcome), Duration.ofHours(1), null, null, null, null);
        jobs.put(id, job);
        transitions.created(job, Reporting.EVERY_CHANGE);
        return job;
    }

    /** Ends a job by force at {@code now}, as the control API does. */
    private VideoJob end(String id, int now, JobOutcome outcome) {
        VideoJob before = jobs.get(id);
        VideoJob after = before.withTimeline(before.timeline().endingAt(at(now), outcome));
        jobs.put(id, after);
        transitions.ended(before, after, at(now));
        return after;
    }

    private List<Seen> drain(int now) {
        List<Seen> seen = new ArrayList<>();
        transitions.drain(at(now), t -> seen.add(new Seen(t.job().id(), t.status(), t.at())));
        return seen;
    }

    private static Seen seen(String id, JobStatus status, int second) {
        return new Seen(id, status, at(second));
    }

    @Test
    void nothingIsDueBeforeTheJobIsCreated() {
        create("j", 5, 10, 20, new JobOutcome.Completed());
        assertEquals(List.of(), drain(4));
    }

    @Test
    void eachTransitionIsReportedOnceTheClockReachesIt() {
        create("j", 0, 10, 20, new JobOutcome.Completed());

        assertEquals(List.of(seen("j", JobStatus.QUEUED, 0)), drain(9));
        assertEquals(List.of(seen("j", JobStatus.IN_PROGRESS, 10)), drain(10));
        assertEquals(List.of(), drain(19));
        assertEquals(List.of(seen("j", JobStatus.COMPLETED, 20)), drain(20));
        assertEquals(List.of(), drain(1_000));
    }

    @Test
    void aLateDrainReportsEverythingOldestFirstAtTheInstantsTheyHappened() {
        create("a", 0, 10, 30, new JobOutcome.Completed());
        create("b", 5, 6, 20, new JobOutcome.Failed(ERROR, 50));

        assertEquals(List.of(
                seen("a", JobStatus.QUEUED, 0),
                seen("b", JobStatus.QUEUED, 5),
                seen("b", JobStatus.IN_PROGRESS, 6),
                seen("a", JobStatus.IN_PROGRESS, 10),
                seen("b", JobStatus.FAILED, 20),
                seen("a", JobStatus.COMPLETED, 30)), drain(100));
    }

    @Test
    void theReportCarriesTheJobAsItIsWhenDrained() {
        VideoJob job = create("j", 0, 10, 20, new JobOutcome.Completed());
        VideoJob renamed = new VideoJob("j", "owner", job.sequence(), "openai", job.createdAt(), job.spec(),
                job.origin(), job.timeline(), job.downloadWindow(), "renamed", null, null, null);
        jobs.put("j", renamed);

        List<JobTransition> fired = new ArrayList<>();
        transitions.drain(at(0), fired::add);
        assertEquals(1, fired.size());
        assertSame(renamed, fired.get(0).job());
    }

    @Test
    void transitionsAtTheSameInstantKeepTheirOrder() {
        // no queue time: QUEUED and IN_PROGRESS fall on the creation instant
        create("j", 0, 0, 10, new JobOutcome.Completed());
        assertEquals(List.of(seen("j", JobStatus.QUEUED, 0), seen("j", JobStatus.IN_PROGRESS, 0)), drain(0));
    }

    @Test
    void aJobWithNoProcessingTimeNeverReportsInProgress() {
        create("j", 0, 10, 10, new JobOutcome.Completed());
        assertEquals(List.of(seen("j", JobStatus.QUEUED, 0), seen("j", JobStatus.COMPLETED, 10)), drain(10));
    }

    @Test
    void aFailingJobReportsFailed() {
        create("j", 0, 10, 20, new JobOutcome.Failed(ERROR, 40));
        assertEquals(List.of(seen("j", JobStatus.QUEUED, 0), seen("j", JobStatus.IN_PROGRESS, 10),
                seen("j", JobStatus.FAILED, 20)), drain(20));
    }

    @Test
    void aStuckJobNeverReportsAnEnd() {
        create("j", 0, 10, 20, new JobOutcome.Stuck(30));
        assertEquals(List.of(seen("j", JobStatus.QUEUED, 0), seen("j", JobStatus.IN_PROGRESS, 10)), drain(1_000_000));
    }

    @Test
    void aDeletedJobReportsNothingMore() {
        create("j", 0, 10, 20, new JobOutcome.Completed());
        assertEquals(List.of(seen("j", JobStatus.QUEUED, 0)), drain(0));
        jobs.remove("j");
        assertEquals(List.of(), drain(100));
    }

    @Test
    void endingAProcessingJobReportsItsEndNowAndNotAtTheOldEnd() {
        create("j", 0, 10, 20, new JobOutcome.Completed());
        assertEquals(List.of(seen("j", JobStatus.QUEUED, 0), seen("j", JobStatus.IN_PROGRESS, 10)), drain(12));

        end("j", 12, new JobOutcome.Failed(ERROR, 20));

        assertEquals(List.of(seen("j", JobStatus.FAILED, 12)), drain(12));
        assertEquals(List.of(), drain(100));
    }

    @Test
    void endingAJobBeforeItsInProgressWasDrainedStillReportsIt() {
        create("j", 0, 10, 20, new JobOutcome.Completed());
        end("j", 15, new JobOutcome.Completed());
        assertEquals(List.of(seen("j", JobStatus.QUEUED, 0), seen("j", JobStatus.IN_PROGRESS, 10),
                seen("j", JobStatus.COMPLETED, 15)), drain(100));
    }

    @Test
    void endingAQueuedJobGoesStraightToItsEnd() {
        create("j", 0, 10, 20, new JobOutcome.Completed());
        assertEquals(List.of(seen("j", JobStatus.QUEUED, 0)), drain(5));

        end("j", 5, new JobOutcome.Completed());

        // it never was in progress: neither the new start nor the old one is reported
        assertEquals(List.of(seen("j", JobStatus.COMPLETED, 5)), drain(100));
    }

    @Test
    void holdingAQueuedJobInProgressReportsInProgressNow() {
        create("j", 0, 10, 20, new JobOutcome.Completed());
        assertEquals(List.of(seen("j", JobStatus.QUEUED, 0)), drain(5));

        end("j", 5, new JobOutcome.Stuck(60));

        assertEquals(List.of(seen("j", JobStatus.IN_PROGRESS, 5)), drain(1_000));
    }

    @Test
    void holdingAProcessingJobCancelsItsEnd() {
        create("j", 0, 10, 20, new JobOutcome.Completed());
        assertEquals(List.of(seen("j", JobStatus.QUEUED, 0), seen("j", JobStatus.IN_PROGRESS, 10)), drain(15));

        end("j", 15, new JobOutcome.Stuck(60));

        assertEquals(List.of(), drain(1_000));
    }

    @Test
    void endingAHeldJobReportsItsEnd() {
        create("j", 0, 10, 20, new JobOutcome.Stuck(60));
        assertEquals(List.of(seen("j", JobStatus.QUEUED, 0), seen("j", JobStatus.IN_PROGRESS, 10)), drain(50));

        end("j", 50, new JobOutcome.Completed());

        assertEquals(List.of(seen("j", JobStatus.COMPLETED, 50)), drain(50));
    }

    @Test
    void failingACompletedJobReportsTheFailure() {
        create("j", 0, 10, 20, new JobOutcome.Completed());
        assertEquals(List.of(seen("j", JobStatus.QUEUED, 0), seen("j", JobStatus.IN_PROGRESS, 10),
                seen("j", JobStatus.COMPLETED, 20)), drain(30));

        end("j", 30, new JobOutcome.Failed(ERROR, 100));

        assertEquals(List.of(seen("j", JobStatus.FAILED, 30)), drain(30));
    }

    @Test
    void completingACompletedJobAgainReportsNothingNew() {
        create("j", 0, 10, 20, new JobOutcome.Completed());
        assertEquals(3, drain(30).size());

        end("j", 30, new JobOutcome.Completed());

        assertEquals(List.of(), drain(100));
    }

    @Test
    void twoEndsAtTheSameInstantReportOnlyTheLast() {
        create("j", 0, 10, 20, new JobOutcome.Completed());
        assertEquals(2, drain(15).size());

        end("j", 15, new JobOutcome.Completed());
        end("j", 15, new JobOutcome.Failed(ERROR, 50));

        assertEquals(List.of(seen("j", JobStatus.FAILED, 15)), drain(15));
    }

    @Test
    void clearForgetsEverythingPending() {
        create("a", 0, 10, 20, new JobOutcome.Completed());
        create("b", 0, 10, 20, new JobOutcome.Completed());
        transitions.clear();
        assertEquals(List.of(), drain(100));

        // new jobs are indexed as before
        create("c", 200, 210, 220, new JobOutcome.Completed());
        assertEquals(List.of(seen("c", JobStatus.QUEUED, 200), seen("c", JobStatus.IN_PROGRESS, 210),
                seen("c", JobStatus.COMPLETED, 220)), drain(300));
    }

    @Test
    void endingAJobAgainInTheWayItEndedKeepsItsEndAndStillReportsIt() {
        create("done", 0, 10, 20, new JobOutcome.Completed());
        create("broken", 0, 10, 20, new JobOutcome.Failed(ERROR, 50));
        drain(15);

        end("done", 30, new JobOutcome.Completed());
        end("broken", 30, new JobOutcome.Failed(new JobError("other", "Another."), 70));

        assertEquals(List.of(seen("done", JobStatus.COMPLETED, 20), seen("broken", JobStatus.FAILED, 20)), drain(30));
        assertEquals(at(20), jobs.get("done").timeline().endsAt());
        assertEquals(ERROR, jobs.get("broken").stateAt(at(30)).error());
    }

    @Test
    void aJobReportingOnlyItsEndIndexesOnlyItsEnd() {
        VideoJob job = new VideoJob("quiet", "owner", ++sequence, "openai", at(0),
                new VideoSpec("sora-2", 720, 1280, 4, "p"), JobOrigin.fresh(),
                new JobTimeline(at(10), at(20), new JobOutcome.Completed()), Duration.ofHours(1), null, null, null, null);
        jobs.put("quiet", job);
        transitions.created(job, Reporting.END);
        assertEquals(List.of(seen("quiet", JobStatus.COMPLETED, 20)), drain(30));
    }

    @Test
    void pastItsCapacityTheIndexDropsTheSoonestInstant() {
        AtomicInteger shared = new AtomicInteger();
        JobTransitions small = new JobTransitions(id -> Optional.ofNullable(jobs.get(id)), 2, shared);
        for (String id : List.of("first", "second", "third")) {
            small.created(endingInOrder(id), Reporting.END);
        }
        assertEquals(2, shared.get());
        List<String> ended = new ArrayList<>();
        small.drain(at(100), t -> ended.add(t.job().id()));
        assertEquals(List.of("second", "third"), ended);
        assertEquals(0, shared.get());
        assertTrue(small.isEmpty());
    }

    @Test
    void indexesSharingACapacityStayWithinItTogether() {
        AtomicInteger shared = new AtomicInteger();
        JobTransitions one = new JobTransitions(id -> Optional.ofNullable(jobs.get(id)), 2, shared);
        JobTransitions other = new JobTransitions(id -> Optional.ofNullable(jobs.get(id)), 2, shared);
        for (String id : List.of("a", "b", "c")) {
            (id.equals("a") ? one : other).created(endingInOrder(id), Reporting.END);
        }
        assertEquals(2, shared.get());
        other.clear();
        assertEquals(1, shared.get());
        assertTrue(other.isEmpty());
    }

    /** A job that ends after every job made before it. */
    private VideoJob endingInOrder(String id) {
        VideoJob job = new VideoJob(id, "owner", ++sequence, "openai", at(0),
                new VideoSpec("sora-2", 720, 1280, 4, "p"), JobOrigin.fresh(), new JobTimeline(at(1), at(10 + (int) sequence), new JobOutcome.Completed()),
                Duration.ofHours(1), null, null, null, null);
        jobs.put(id, job);
        return job;
    }
}
