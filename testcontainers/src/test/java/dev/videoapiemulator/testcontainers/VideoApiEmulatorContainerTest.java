package dev.videoapiemulator.testcontainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.models.videos.Video;
import dev.videoapiemulator.client.JournalFilter;
import dev.videoapiemulator.testcontainers.support.RequiresDockerApi;
import dev.videoapiemulator.testcontainers.support.Videos;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real image under Testcontainers, driven by openai-java as a client team's test drives it. */
@RequiresDockerApi
class VideoApiEmulatorContainerTest {

    /** A scenario as QA writes one: prompts marked [fail] end as a moderation failure at 40 %. */
    private static final String FAILURES = """
            scenarios:
              - name: moderation-failure
                match:
                  method: POST
                  prompt_contains: "[fail]"
                job:
                  outcome: failed
                  fail_at_progress: 40
                  error:
                    code: moderation_blocked
                    message: Your request was blocked by our moderation system.
            """;

    private static final VideoApiEmulatorContainer EMULATOR = new VideoApiEmulatorContainer()
            .withFixture("failures.yaml", FAILURES)
            .withTimings(Duration.ofMinutes(5), Duration.ofMinutes(10));

    private final String key = Videos.freshKey();
    private final OpenAIClient openai = Videos.client(EMULATOR.getBaseUrl(), key, null);

    @BeforeAll
    static void start() {
        EMULATOR.start();
    }

    @AfterAll
    static void stop() {
        EMULATOR.stop();
    }

    @AfterEach
    void close() {
        openai.close();
    }

    @Test
    void aVideoCompletesOnceTheClockMovesAndDownloadsAsAnMp4() {
        Video created = Videos.create(openai, "A lighthouse at dusk");
        assertEquals(Video.Status.QUEUED, created.status());

        EMULATOR.control().clock().advance(Duration.ofMinutes(20));

        Video done = openai.videos().retrieve(created.id());
        assertEquals(Video.Status.COMPLETED, done.status(), () -> "not completed: " + done);
        assertEquals("ftyp", Videos.mp4Brand(openai, created.id()));
        EMULATOR.control().journal().verify(1, JournalFilter.any().method("POST").path("/v1/videos").status(200)
                .key(key));
    }

    @Test
    void aFixtureScriptsAFailure() {
        Video created = Videos.create(openai, "[fail] A storm over the harbour");

        EMULATOR.control().clock().advance(Duration.ofMinutes(20));

        Video failed = openai.videos().retrieve(created.id());
        assertEquals(Video.Status.FAILED, failed.status());
        assertEquals("moderation_blocked", failed.error().orElseThrow().code());
        assertEquals(40, failed.progress());
    }

    @Test
    void eachDialectHasItsOwnRoot() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(EMULATOR.getBaseUrl("veo") + "/videos")).header("Authorization", "Bearer sk-tc-veo")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"prompt\":\"a cow\",\"seconds\":\"8\",\"size\":\"16x9\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("Missing required parameter: 'model'."), answer.body());
    }
}
