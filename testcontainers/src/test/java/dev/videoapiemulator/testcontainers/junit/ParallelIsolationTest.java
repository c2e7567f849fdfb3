package dev.videoapiemulator.testcontainers.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.errors.NotFoundException;
import com.openai.models.videos.Video;
import dev.videoapiemulator.testcontainers.support.RequiresDockerApi;
import dev.videoapiemulator.testcontainers.support.Videos;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Two tests side by side on one emulator, one key between them, each with its own test id: one
 * moves its clock, and the other's job does not move with it, nor can either see the other's job.
 * Jobs stay queued for an hour of emulator time (isolation-fixtures/slow-jobs.yaml).
 */
@RequiresDockerApi
@VideoApiEmulatorTest(fixtures = "isolation-fixtures", sharedContainer = true)
@Execution(ExecutionMode.CONCURRENT)
class ParallelIsolationTest {

    private static final String KEY = Videos.freshKey();
    private static final CountDownLatch BOTH_CREATED = new CountDownLatch(2);
    private static final CompletableFuture<String> ADVANCED_JOB = new CompletableFuture<>();
    private static final Duration TOGETHER = Duration.ofSeconds(60);

    @Test
    void aTestThatMovesItsClockFinishesItsJob(VideoApiEmulator emulator) throws Exception {
        OpenAIClient openai = Videos.client(emulator.baseUrl(), KEY, emulator.testId());
        try {
            Video video = createBesideTheOther(openai, "The test that moves its clock");
            assertTrue(BOTH_CREATED.await(TOGETHER.toSeconds(), TimeUnit.SECONDS), "the other test never ran beside this one");

            emulator.control().clock().advance(Duration.ofHours(2));

            assertEquals(Video.Status.COMPLETED, openai.videos().retrieve(video.id()).status());
            ADVANCED_JOB.complete(video.id());
        } finally {
            openai.close();
        }
    }

    @Test
    void aTestBesideItKeepsItsOwnTime(VideoApiEmulator emulator) throws Exception {
        OpenAIClient openai = Videos.client(emulator.baseUrl(), KEY, emulator.testId());
        try {
            Video video = createBesideTheOther(openai, "The test that keeps its own time");
            String theirs = ADVANCED_JOB.get(TOGETHER.toSeconds(), TimeUnit.SECONDS);

            assertEquals(Video.Status.QUEUED, openai.videos().retrieve(video.id()).status(),
                    "the other test's clock moved this test's job");
            assertThrows(NotFoundException.class, () -> openai.videos().retrieve(theirs));
        } finally {
            openai.close();
        }
    }

    private static Video createBesideTheOther(OpenAIClient openai, String prompt) {
        Video video = Videos.create(openai, prompt);
        BOTH_CREATED.countDown();
        return video;
    }
}
