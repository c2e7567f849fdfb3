package dev.videoapiemulator.dialect.soratask;

import static dev.videoapiemulator.dialect.soratask.SoraClient.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.FrozenClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Submit, query through NOT_START, IN_PROGRESS and SUCCESS (or FAILURE), then download every generation. */
@QuarkusTest
class SoraTaskLifecycleTest {

    private static final String TASK_ID = "task_[0-9a-hjkmnp-tv-z]{26}";

    private final SoraClient client = new SoraClient();

    @Test
    void theSubmitAnswerIsTheEnvelopeWithATaskId() {
        client.post(SoraClient.body()).statusCode(200).contentType("application/json")
                .body("code", equalTo("success")).body("message", equalTo("")).body("data", matchesPattern(TASK_ID));
    }

    @Test
    void aTaskMovesFromNotStartToSuccessInSeconds() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String taskId = client.create("n_frames", 150, "notify_hook", "https://client.example/hook");
            JsonPath queued = client.task(taskId).statusCode(200).body("code", equalTo("success"))
                    .body("message", equalTo("")).extract().jsonPath();
            assertEquals(taskId, queued.getString("data.task_id"));
            assertEquals("NOT_START", queued.getString("data.status"));
            assertEquals("0%", queued.getString("data.progress"));
            assertEquals("sora-video", queued.getString("data.action"));
            assertEquals("https://client.example/hook", queued.getString("data.notify_hook"));
            assertEquals("", queued.getString("data.fail_reason"));
            assertEquals(0L, queued.getLong("data.start_time"));
            assertEquals(0L, queued.getLong("data.finish_time"));
            long submitted = queued.getLong("data.submit_time");
            assertTrue(submitted < 10_000_000_000L, "seconds, not milliseconds");
            assertEquals(taskId, queued.getString("data.data.id"));
            assertEquals("queued", queued.getString("data.data.status"));
            assertEquals(submitted, Instant.parse(queued.getString("data.data.created_at")).getEpochSecond());
            assertEquals(List.of(), queued.getList("data.data.generations"));

            // 0.5 s queued, then 1.5 s plus 0.1 s per second of the 5-second clip.
            Emulator.advanceClock(Duration.ofMillis(1000));
            JsonPath running = client.task(taskId).extract().jsonPath();
            assertEquals("IN_PROGRESS", running.getString("data.status"));
            assertEquals("25%", running.getString("data.progress"));
            assertEquals("processing", running.getString("data.data.status"));
            assertEquals(0.25, running.getDouble("data.data.progress_pct"), 1e-9);
            assertTrue(running.getLong("data.start_time") >= submitted);
            assertEquals(0L, running.getLong("data.finish_time"));

            Emulator.advanceClock(Duration.ofMillis(1500));
            JsonPath done = client.task(taskId).extract().jsonPath();
            assertEquals("SUCCESS", done.getString("data.status"));
            assertEquals("100%", done.getString("data.progress"));
            assertEquals("succeeded", done.getString("data.data.status"));
            assertEquals(1.0, done.getDouble("data.data.progress_pct"), 1e-9);
            assertTrue(done.getLong("data.finish_time") >= done.getLong("data.start_time"));
            assertEquals(1, done.getList("data.data.generations").size());
        }
    }

    @Test
    void theInnerTaskEchoesTheRequest() {
        String taskId = client.succeeded("width", 720, "height", 1280, "n_frames", 300, "n_variants", 2,
                "operation", "storyboard", "prompt", "two cats",
                "inpaint_items", List.of(Map.of("type", "image", "url", "https://img.example/a.png", "frame_index", 12,
                        "upload_media_id", "media_1", "source_start_frame", 0, "source_end_frame", 30)),
                "actions", List.of(Map.of("time", 0, "description", "they meet"), Map.of("time", 6.5,
                        "description", "they dance")),
                "sdedit", Map.of("amount", 4, "source_generation_id", "gen_source"));
        JsonPath task = client.task(taskId).extract().jsonPath();
        assertEquals("video_gen", task.getString("data.data.type"));
        assertEquals("turbo", task.getString("data.data.model"));
        assertEquals("natural", task.getString("data.data.style"));
        assertEquals("storyboard", task.getString("data.data.operation"));
        assertEquals("two cats", task.getString("data.data.prompt"));
        assertEquals(720, task.getInt("data.data.width"));
        assertEquals(1280, task.getInt("data.data.height"));
        assertEquals(300, task.getInt("data.data.n_frames"));
        assertEquals(2, task.getInt("data.data.n_variants"));
        assertEquals("https://img.example/a.png", task.getString("data.data.inpaint_items[0].url"));
        assertEquals(12, task.getInt("data.data.inpaint_items[0].frame_index"));
        assertEquals("media_1", task.getString("data.data.inpaint_items[0].upload_media_id"));
        assertEquals(30, task.getInt("data.data.inpaint_items[0].source_end_frame"));
        assertEquals(6.5, task.getDouble("data.data.actions[1].time"), 1e-9);
        assertEquals("they dance", task.getString("data.data.actions[1].description"));
        assertEquals(4.0, task.getDouble("data.data.sdedit.amount"), 1e-9);
        assertEquals("gen_source", task.getString("data.data.sdedit.source_generation_id"));
        assertEquals(300, task.getInt("data.data.generations[1].n_frames"));
        assertEquals(1, task.getInt("data.data.generations[1].index"));
        assertEquals(taskId, task.getString("data.data.generations[1].task_id"));
    }

    @Test
    void defaultsAreTheDocumentsExampleSizeAndFiveSeconds() {
        String taskId = client.succeeded("width", null, "height", null, "n_frames", null, "n_variants", null,
                "style", null, "operation", null, "prompt", null);
        JsonPath task = client.task(taskId).extract().jsonPath();
        assertEquals(854, task.getInt("data.data.width"));
        assertEquals(480, task.getInt("data.data.height"));
        assertEquals(150, task.getInt("data.data.n_frames"));
        assertEquals(1, task.getInt("data.data.n_variants"));
        assertEquals("natural", task.getString("data.data.style"));
        assertEquals("simple_compose", task.getString("data.data.operation"));
        assertEquals("turbo", task.getString("data.data.model"));
        assertEquals("", task.getString("data.data.prompt"));
        assertEquals("", task.getString("data.notify_hook"));
        given().get("/__emulator/jobs/" + taskId).then().statusCode(200).body("seconds", equalTo(5));
    }

    @Test
    void everyVariantIsADistinctDownloadableVideo() {
        String taskId = client.succeeded("n_variants", 3, "width", 480, "height", 480);
        JsonPath task = client.task(taskId).extract().jsonPath();
        List<String> urls = task.getList("data.data.generations.url");
        List<String> ids = task.getList("data.data.generations.id");
        assertEquals(3, urls.size());
        assertEquals(3, ids.stream().distinct().count());
        byte[][] videos = new byte[3][];
        for (int i = 0; i < 3; i++) {
            String url = urls.get(i);
            assertTrue(url.matches("http://[^/]+/sora/v1/videos/" + taskId + "/generations/" + ids.get(i)
                    + "/content"), url);
            Response video = client.emulator().request().get(url);
            video.then().statusCode(200).contentType("video/mp4")
                    .header("Content-Disposition", equalTo("attachment; filename=\"" + ids.get(i) + ".mp4\""));
            videos[i] = video.asByteArray();
            assertEquals("ftyp", new String(Arrays.copyOfRange(videos[i], 4, 8), StandardCharsets.US_ASCII));
            assertEquals(videos[i].length, Integer.parseInt(video.header("Content-Length")));
        }
        assertFalse(Arrays.equals(videos[0], videos[1]));
        assertFalse(Arrays.equals(videos[1], videos[2]));
        assertArrayEquals(videos[0], client.emulator().request().get(urls.get(0)).asByteArray());
    }

    @Test
    void downloadsHonourRanges() {
        String taskId = client.succeeded();
        String url = client.task(taskId).extract().path("data.data.generations[0].url");
        byte[] whole = client.emulator().request().get(url).asByteArray();
        Response part = client.emulator().request().header("Range", "bytes=0-9").get(url);
        part.then().statusCode(206).header("Content-Range", equalTo("bytes 0-9/" + whole.length));
        assertArrayEquals(Arrays.copyOf(whole, 10), part.asByteArray());
        client.emulator().request().head(url).then().statusCode(200).contentType("video/mp4")
                .header("Content-Length", equalTo(String.valueOf(whole.length)));
    }

    @Test
    void aFailedTaskCarriesItsReasonAndHasNoVideos() {
        String taskId = client.create();
        given().queryParam("message", "prompt rejected").post("/__emulator/jobs/" + taskId + "/fail").then()
                .statusCode(200);
        JsonPath failed = client.task(taskId).statusCode(200).extract().jsonPath();
        assertEquals("FAILURE", failed.getString("data.status"));
        assertEquals("prompt rejected", failed.getString("data.fail_reason"));
        assertEquals("100%", failed.getString("data.progress"));
        assertNotEquals(0L, failed.getLong("data.finish_time"));
        assertEquals("failed", failed.getString("data.data.status"));
        assertEquals("prompt rejected", failed.getString("data.data.failure_reason"));
        assertEquals(List.of(), failed.getList("data.data.generations"));
    }

    @Test
    void contentIsRefusedBeforeSuccessAfterFailureAndPastExpiry() {
        String anyGeneration = "gen_" + "0".repeat(26);
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String taskId = client.create();
            assertError(content(taskId, anyGeneration), 400, "task_not_completed")
                    .body("message", equalTo("Task is not completed yet, current status: NOT_START"));
            Emulator.advanceClock(Duration.ofMillis(1000));
            assertError(content(taskId, anyGeneration), 400, "task_not_completed")
                    .body("message", equalTo("Task is not completed yet, current status: IN_PROGRESS"));

            Emulator.advanceClock(Duration.ofMillis(1500));
            String generation = client.task(taskId).extract().path("data.data.generations[0].id");
            content(taskId, generation).statusCode(200);
            // Completed 2.5 s after submission; downloads last an hour from then.
            Emulator.advanceClock(Duration.ofMinutes(60).minusMillis(1));
            content(taskId, generation).statusCode(200);
            Emulator.advanceClock(Duration.ofMillis(1));
            assertError(content(taskId, generation), 404, "not_found");
            client.task(taskId).statusCode(200).body("data.status", equalTo("SUCCESS"));
        }
        String failed = client.create();
        given().post("/__emulator/jobs/" + failed + "/fail").then().statusCode(200);
        assertError(content(failed, anyGeneration), 400, "task_failed");
    }

    @Test
    void unknownTasksAndGenerations() {
        SoraClient.assertInvalid(client.task("task_" + "0".repeat(26)), "task_not_exist", "task_not_exist");
        String taskId = client.succeeded();
        assertError(content(taskId, "gen_" + "0".repeat(26)), 404, "not_found");
        String generation = client.task(taskId).extract().path("data.data.generations[0].id");
        assertError(content("task_" + "0".repeat(26), generation), 400, "task_not_exist");
    }

    @Test
    void aKeySeesOnlyItsOwnTasks() {
        String taskId = client.succeeded();
        String generation = client.task(taskId).extract().path("data.data.generations[0].id");
        SoraClient other = new SoraClient();
        assertError(other.task(taskId), 400, "task_not_exist");
        assertError(other.emulator().request().get(SoraClient.TASKS + "/" + taskId + "/generations/" + generation
                + "/content").then(), 400, "task_not_exist");
    }

    @Test
    void videosOfOtherDialectsAreNotTasks() {
        String videoId = client.emulator().create("prompt", "official");
        assertError(client.task(videoId), 400, "task_not_exist");
    }

    @Test
    void actionsBecomeCaptionsSoTheVideoDiffers() {
        String plain = client.succeeded("prompt", "same");
        String captioned = client.succeeded("prompt", "same",
                "actions", List.of(Map.of("time", 1, "description", "a jump")));
        assertFalse(Arrays.equals(firstVideo(plain), firstVideo(captioned)));
        client.task(captioned).body("data.data.actions", hasSize(1))
                .body("data.data.actions[0].description", equalTo("a jump"))
                .body("data.data.sdedit", nullValue());
    }

    private byte[] firstVideo(String taskId) {
        String url = client.task(taskId).extract().path("data.data.generations[0].url");
        return client.emulator().request().get(url).asByteArray();
    }

    private io.restassured.response.ValidatableResponse content(String taskId, String generationId) {
        return client.emulator().request().get(SoraClient.TASKS + "/" + taskId + "/generations/" + generationId
                + "/content").then();
    }
}
