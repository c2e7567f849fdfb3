package dev.videoapiemulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine's front door on a frozen clock, with no framework around it. */
class VideoJobsTest {

    private static final VideoSpec SPEC = new VideoSpec("sora-2", 720, 1280, 4, "a fox");
    private static final JobScript TEN_SECONDS = new JobScript(Duration.ofSeconds(2), Duration.ofSeconds(8), List.of(),
            new JobOutcome.Completed(), Duration.ofHours(1), null, null, null);

    private final EmulatorClock clock = new EmulatorClock();
    private final List<JobTransition> fired = new ArrayList<>();
    private Clocks clocks;
    private VideoJobs jobs;
    private int created;

    @BeforeEach
    void frozenClock() {
        clock.freeze();
        clocks = new Clocks(clock, 10, Duration.ofHours(1));
        jobs = new VideoJobs(clocks, 3, 5, fired::add);
    }

    private VideoJob create(String owner, String dialect) {
        return jobs.create(owner, dialect, at -> dialect + "_" + (++created), SPEC, JobOrigin.fresh(), TEN_SECONDS,
                "details of " + dialect, Reporting.EVERY_CHANGE);
    }

    @Test
    void aNewJobIsQueuedNowAndLivesByItsScript() {
        Instant now = clock.now();
        VideoJob job = jobs.create("k", "openai", at -> "video_" + at.getEpochSecond(), SPEC, JobOrigin.fresh(),
                TEN_SECONDS, null, Reporting.END);
        assertEquals("video_" + now.getEpochSecond(), job.id());
        assertEquals(now, job.createdAt());
        assertEquals(now.plusSeconds(2), job.timeline().startsAt());
        assertEquals(now.plusSeconds(10), job.timeline().endsAt());
        assertEquals(JobStatus.QUEUED, jobs.stateOf(job).status());
        clock.advance(Duration.ofSeconds(10));
        assertEquals(JobStatus.COMPLETED, jobs.stateOf(job).status());
        assertEquals(now.plusSeconds(10).plus(Duration.ofHours(1)), job.expiresAt(jobs.stateOf(job)));
    }

    @Test
    void transitionsFireOnceTheClockHasPassedThem() {
        VideoJob job = create("k", "openai");
        jobs.fireDueTransitions();
        assertEquals(List.of(JobStatus.QUEUED), statuses());
        clock.advance(Duration.ofSeconds(30));
        jobs.fireDueTransitions();
        assertEquals(List.of(JobStatus.QUEUED, JobStatus.IN_PROGRESS, JobStatus.COMPLETED), statuses());
        assertTrue(fired.stream().allMatch(t -> t.job().id().equals(job.id())));
    }

    @Test
    void aJobReportingItsEndFiresOnlyTheEnd() {
        jobs.create("k", "openai", at -> "quiet", SPEC, JobOrigin.fresh(), TEN_SECONDS, null, Reporting.END);
        clock.advance(Duration.ofSeconds(30));
        jobs.fireDueTransitions();
        assertEquals(List.of(JobStatus.COMPLETED), statuses());
    }

    @Test
    void endingAJobNowFiresItsNewEnd() {
        VideoJob job = create("k", "openai");
        clock.advance(Duration.ofSeconds(3));
        VideoJob failed = jobs.end("k", job.id(), new JobOutcome.Failed(JobError.MODERATION_BLOCKED, 30)).orElseThrow();
        assertEquals(JobStatus.FAILED, jobs.stateOf(failed).status());
        jobs.fireDueTransitions();
        assertEquals(List.of(JobStatus.QUEUED, JobStatus.IN_PROGRESS, JobStatus.FAILED), statuses());
        assertEquals(Optional.empty(), jobs.end("other-key", job.id(), new JobOutcome.Completed()));
    }

    @Test
    void aPageHoldsTheKeysJobsTheFilterAccepts() {
        VideoJob first = create("k", "openai");
        create("k", "veo");
        VideoJob third = create("k", "openai");
        create("other", "openai");
        Page<VideoJob> page = jobs.page("k", null, 10, true, job -> job.dialect().equals("openai"));
        assertEquals(List.of(first.id(), third.id()), page.items().stream().map(VideoJob::id).toList());
    }

    @Test
    void eachKeyKeepsItsNewestJobsAndTheStoreItsNewestInAll() {
        List<VideoJob> made = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            made.add(create("k", "openai"));
        }
        assertEquals(Optional.empty(), jobs.find("k", made.get(0).id()));
        assertEquals(3, jobs.size());
        create("a", "openai");
        create("b", "openai");
        create("c", "openai");
        assertEquals(5, jobs.size());
        assertEquals(Optional.empty(), jobs.find("k", made.get(1).id()));
    }

    @Test
    void findDeleteAndClearSeeOnlyWhatIsThere() {
        VideoJob job = create("k", "openai");
        assertEquals(Optional.empty(), jobs.find("other", job.id()));
        assertEquals(Optional.of(job), jobs.findAnyOwner(job.id()));
        assertEquals(Optional.of(job), jobs.delete("k", job.id()));
        assertEquals(Optional.empty(), jobs.find("k", job.id()));
        create("k", "openai");
        jobs.clear();
        assertEquals(0, jobs.size());
        assertFalse(jobs.newestFirst().iterator().hasNext());
    }

    @Test
    void aTestsJobLivesAndReportsOnThatTestsClockOnly() {
        clocks.of("alpha").freeze();
        clocks.of("beta").freeze();
        VideoJob alpha = create("k\u0000alpha", "openai");
        VideoJob beta = create("k\u0000beta", "openai");
        VideoJob global = create("k", "openai");
        jobs.fireDueTransitions();
        fired.clear();

        clocks.of("alpha").advance(Duration.ofSeconds(30));
        jobs.fireDueTransitions();
        assertEquals(JobStatus.COMPLETED, jobs.stateOf(alpha).status());
        assertEquals(JobStatus.QUEUED, jobs.stateOf(beta).status());
        assertEquals(JobStatus.QUEUED, jobs.stateOf(global).status());
        assertEquals(List.of(JobStatus.IN_PROGRESS, JobStatus.COMPLETED), statuses());
        assertTrue(fired.stream().allMatch(t -> t.job().id().equals(alpha.id())));

        fired.clear();
        clock.advance(Duration.ofSeconds(30));
        jobs.fireDueTransitions();
        assertEquals(JobStatus.QUEUED, jobs.stateOf(beta).status());
        assertTrue(fired.stream().allMatch(t -> t.job().id().equals(global.id())));
        assertEquals(2, fired.size());
    }

    @Test
    void theRetentionSweepAgesEachJobOnItsOwnersClock() {
        clocks.of("alpha").freeze();
        VideoJob alpha = create("k\u0000alpha", "openai");
        VideoJob global = create("k", "openai");
        clocks.of("alpha").advance(Duration.ofHours(2));
        assertEquals(1, jobs.removeOlderThan(Duration.ofHours(1)));
        assertEquals(Optional.empty(), jobs.findAnyOwner(alpha.id()));
        assertEquals(Optional.of(global), jobs.findAnyOwner(global.id()));
    }

    private List<JobStatus> statuses() {
        return fired.stream().map(JobTransition::status).toList();
    }
}
