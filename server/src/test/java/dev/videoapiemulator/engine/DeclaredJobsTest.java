package dev.videoapiemulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jobs that exist from the start, under the store: seen by their key in every test id (or by every
 * key), hidden only from the owner that deletes them, paged among created jobs, and restored as declared.
 */
class DeclaredJobsTest {

    private static final VideoSpec SPEC = new VideoSpec("sora-2", 720, 1280, 4, "declared");
    private static final JobScript SCRIPT = new JobScript(Duration.ofSeconds(1), Duration.ofSeconds(1), List.of(),
            new JobOutcome.Completed(), Duration.ofHours(1), null, null, null);
    private static final char SEPARATOR = '\u0000';
    private static final Predicate<VideoJob> ALL = job -> true;

    private final EmulatorClock clock = new EmulatorClock();
    private final List<JobTransition> fired = new ArrayList<>();
    private VideoJobs jobs;

    @BeforeEach
    void declareThree() {
        clock.freeze();
        jobs = new VideoJobs(new Clocks(clock, 10, Duration.ofHours(1)), 100, 100, fired::add);
        Instant now = clock.now();
        jobs.declare(List.of(declared("video_k2", "k", now.minusSeconds(60)),
                declared("video_all", VideoJobs.EVERY_KEY, now.minusSeconds(300)),
                declared("video_k1", "k", now.minusSeconds(120))), now);
    }

    private static VideoJob declared(String id, String owner, Instant created) {
        return new VideoJob(id, owner, 0, "openai", created, SPEC, JobOrigin.fresh(),
                new JobTimeline(created, created, new JobOutcome.Completed()), Duration.ofHours(1), null, null, null,
                null);
    }

    private VideoJob create(String owner) {
        return jobs.create(owner, "openai", at -> "video_made" + jobs.size(), SPEC, JobOrigin.fresh(), SCRIPT, null,
                Reporting.END);
    }

    private List<String> ids(Page<VideoJob> page) {
        return page.items().stream().map(VideoJob::id).toList();
    }

    @Test
    void aKeysJobIsSeenByThatKeyInEveryTestIdAndAKeylessOneByEveryKey() {
        assertTrue(jobs.find("k", "video_k1").isPresent());
        assertTrue(jobs.find("k" + SEPARATOR + "test-a", "video_k1").isPresent());
        assertFalse(jobs.find("other", "video_k1").isPresent());
        assertTrue(jobs.find("other", "video_all").isPresent());
        assertTrue(jobs.find("other" + SEPARATOR + "test-b", "video_all").isPresent());
        assertEquals(List.of("video_all", "video_k1", "video_k2"), ids(jobs.page("k", null, 10, true, ALL)));
        assertEquals(List.of("video_all"), ids(jobs.page("other", null, 10, true, ALL)));
    }

    @Test
    void ordersByCreationAndPagesAcrossCreatedJobsInBothDirections() {
        String made = create("k").id();
        assertEquals(List.of("video_all", "video_k1", "video_k2", made), ids(jobs.page("k", null, 10, true, ALL)));
        Page<VideoJob> first = jobs.page("k", null, 2, false, ALL);
        assertEquals(List.of(made, "video_k2"), ids(first));
        assertTrue(first.hasMore());
        Page<VideoJob> second = jobs.page("k", "video_k2", 2, false, ALL);
        assertEquals(List.of("video_k1", "video_all"), ids(second));
        assertFalse(second.hasMore());
        assertEquals(List.of("video_k2", made), ids(jobs.page("k", "video_k1", 5, true, ALL)));
        assertEquals(List.of(), ids(jobs.page("k", "video_unknown", 5, true, ALL)));
        assertEquals(List.of("video_k1"), ids(jobs.page("k", "video_all", 1, true, ALL)));
        assertTrue(jobs.page("k", "video_all", 1, true, ALL).hasMore());
    }

    @Test
    void aDeleteHidesTheJobFromTheDeletingOwnerOnlyUntilItsTestIsRestored() {
        String testA = "k" + SEPARATOR + "a";
        assertTrue(jobs.delete(testA, "video_k1").isPresent());
        assertFalse(jobs.find(testA, "video_k1").isPresent());
        assertFalse(jobs.delete(testA, "video_k1").isPresent());
        assertFalse(ids(jobs.page(testA, null, 10, true, ALL)).contains("video_k1"));
        assertTrue(jobs.find("k", "video_k1").isPresent());
        assertTrue(jobs.find("k" + SEPARATOR + "b", "video_k1").isPresent());
        jobs.restoreDeclared("b");
        assertFalse(jobs.find(testA, "video_k1").isPresent());
        jobs.restoreDeclared("a");
        assertTrue(jobs.find(testA, "video_k1").isPresent());
    }

    @Test
    void aForcedEndChangesTheJobForEveryoneUntilTheJobsAreCleared() {
        clock.advance(Duration.ofSeconds(1));
        assertTrue(jobs.end("k", "video_k1", new JobOutcome.Failed(JobError.MODERATION_BLOCKED, 0)).isPresent());
        assertFalse(jobs.end("other", "video_k1", new JobOutcome.Completed()).isPresent(), "not another key's to end");
        assertEquals(JobStatus.FAILED, jobs.stateOf(jobs.find("k" + SEPARATOR + "a", "video_k1").orElseThrow())
                .status());
        jobs.fireDueTransitions();
        assertEquals(List.of("video_k1"), fired.stream().map(t -> t.job().id()).toList());
        create("k");
        jobs.clear();
        assertEquals(JobStatus.COMPLETED, jobs.stateOf(jobs.find("k", "video_k1").orElseThrow()).status());
        assertEquals(0, jobs.size(), "only the created job went");
        List<String> all = new ArrayList<>();
        jobs.newestFirst().forEach(job -> all.add(job.id()));
        assertEquals(List.of("video_k2", "video_k1", "video_all"), all);
    }

    @Test
    void aRunningDeclaredJobReportsItsEndAndAnEndedOneDoesNot() {
        Instant now = clock.now();
        VideoJob running = new VideoJob("video_run", "k", 0, "openai", now, SPEC, JobOrigin.fresh(),
                new JobTimeline(now, now.plusSeconds(10), new JobOutcome.Completed()), Duration.ofHours(1), null,
                null, null, null);
        jobs.declare(List.of(running, declared("video_done", "k", now.minusSeconds(5))), now);
        assertFalse(jobs.find("k", "video_k1").isPresent(), "a new declaration replaces the old");
        clock.advance(Duration.ofSeconds(10));
        jobs.fireDueTransitions();
        assertEquals(List.of("video_run"), fired.stream().map(t -> t.job().id()).toList());
    }
}
