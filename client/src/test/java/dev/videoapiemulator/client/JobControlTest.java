package dev.videoapiemulator.client;

import static dev.videoapiemulator.client.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobControlTest extends IsolatedEmulatorTest {

    private final JobControl jobs = scoped.jobs();

    JobControlTest(RunningEmulator running) {
        super(running);
    }

    @Test
    void getShowsTheJobAsTheEngineSeesIt() {
        String id = api.createVideo("A cat on a piano");
        Job job = jobs.get(id);
        assertEquals(id, job.id());
        assertEquals(key, job.key());
        assertEquals(testId, job.testId());
        assertEquals("openai", job.profile());
        assertEquals("A cat on a piano", job.prompt());
        assertNull(job.scenario());
        assertTrue(job.createdAt().toEpochMilli() > 0);
    }

    @Test
    void listShowsTheScopedTestsJobsNewestFirst() {
        String older = api.createVideo("first");
        String newer = api.createVideo("second");
        new VideoApi(emulator, key, Fresh.testId()).createVideo("another test's");
        Page<Job> page = jobs.list();
        assertEquals(List.of(newer, older), page.data().stream().map(Job::id).toList());
        assertFalse(page.hasMore());
    }

    @Test
    void listFiltersByKeyProfileStatusAndLimit() {
        String completed = api.createVideo("done");
        api.createVideo("pending");
        jobs.complete(completed);
        Page<Job> done = jobs.list(JobQuery.all().key(key).profile("openai").status("completed"));
        assertEquals(List.of(completed), done.data().stream().map(Job::id).toList());
        Page<Job> one = jobs.list(JobQuery.all().limit(1));
        assertEquals(1, one.data().size());
        assertTrue(one.hasMore());
    }

    @Test
    void listAcrossTestsByTestIdOnAnUnscopedClient() {
        String id = api.createVideo("found by test id");
        Page<Job> page = emulator.jobs().list(JobQuery.all().testId(testId));
        assertEquals(List.of(id), page.data().stream().map(Job::id).toList());
    }

    @Test
    void listRefusesAnUnknownStatus() {
        EmulatorException refused = assertRefused(400, () -> jobs.list(JobQuery.all().status("sleeping")));
        assertEquals("status", refused.param());
    }

    @Test
    void completeEndsTheJobNow() {
        Job job = jobs.complete(api.createVideo("complete me"));
        assertEquals("completed", job.status());
        assertEquals(100, job.progress());
    }

    @Test
    void failWithoutCodeUsesTheServersDefaults() {
        Job job = jobs.fail(api.createVideo("fail me"));
        assertEquals("failed", job.status());
    }

    @Test
    void failWithCodeAndMessage() {
        String id = api.createVideo("fail me loudly");
        jobs.progress(id, 30);
        Job job = jobs.fail(id, "internal_error", "The render farm is down.");
        assertEquals("failed", job.status());
        assertEquals(30, job.progress(), "a failed job keeps its progress");
    }

    @Test
    void progressHoldsTheJobThere() {
        Job job = jobs.progress(api.createVideo("stuck"), 99);
        assertEquals("in_progress", job.status());
        assertEquals(99, job.progress());
    }

    @Test
    void progressAboveOneHundredIsA400NamingTheParameter() {
        String id = api.createVideo("too far");
        EmulatorException refused = assertRefused(400, () -> jobs.progress(id, 101));
        assertEquals("value", refused.param());
        assertEquals("integer_above_max_value", refused.code());
        assertTrue(refused.getMessage().contains("value"), refused.getMessage());
    }

    @Test
    void deleteRemovesTheJob() {
        String id = api.createVideo("delete me");
        jobs.delete(id);
        assertRefused(404, () -> jobs.get(id));
    }

    @Test
    void anUnknownIdIsA404() {
        EmulatorException missing = assertRefused(404, () -> jobs.complete("video_nope"));
        assertEquals("invalid_request_error", missing.type());
        assertEquals("No job with id 'video_nope'.", missing.errorMessage());
        assertTrue(missing.getMessage().contains("/__emulator/jobs/video_nope/complete"), missing.getMessage());
    }
}
