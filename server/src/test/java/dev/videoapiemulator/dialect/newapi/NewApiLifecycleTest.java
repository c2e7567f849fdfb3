package dev.videoapiemulator.dialect.newapi;

import static dev.videoapiemulator.dialect.newapi.NewApiClient.assertProxyError;
import static dev.videoapiemulator.dialect.newapi.NewApiClient.assertTaskError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.FrozenClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Submit, fetch through NOT_START, the upstream's queued status, IN_PROGRESS and SUCCESS (or FAILURE), download. */
@QuarkusTest
class NewApiLifecycleTest {

    private final NewApiClient client = new NewApiClient();

    @Test
    void theSubmitAnswerIsAnOpenAiVideoObjectWithoutEmptyFields() {
        JsonPath submitted = client.post(NewApiClient.body("kling-v1")).statusCode(200)
                .contentType("application/json").extract().jsonPath();
        String id = submitted.getString("id");
        assertTrue(id.matches(NewApiClient.TASK_ID), id);
        assertEquals(Map.of("id", id, "task_id", id, "object", "video", "model", "kling-v1", "status", "queued",
                "progress", 0, "created_at", submitted.getInt("created_at")), submitted.getMap(""));
        assertTrue(submitted.getLong("created_at") < 10_000_000_000L, "seconds, not milliseconds");
    }

    @Test
    void aSoraTaskGoesFromNotStartThroughQueuedToSuccess() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String id = client.create("sora-2", "seconds", "4");
            JsonPath fresh = client.task(id).statusCode(200).body("code", equalTo("success"))
                    .body("message", equalTo("")).extract().jsonPath();
            assertEquals(id, fresh.getString("data.task_id"));
            assertEquals("NOT_START", fresh.getString("data.status"));
            assertEquals("0%", fresh.getString("data.progress"));
            assertEquals("55", fresh.getString("data.platform"));
            assertEquals("textGenerate", fresh.getString("data.action"));
            assertEquals("", fresh.getString("data.fail_reason"));
            assertEquals("", fresh.getString("data.result_url"));
            assertEquals(0L, fresh.getLong("data.start_time"));
            assertEquals(0L, fresh.getLong("data.finish_time"));
            assertEquals("sora-2", fresh.getString("data.properties.origin_model_name"));
            assertTrue(fresh.getString("data.data.id").matches("video_[0-9a-f]{48}"));
            assertEquals("queued", fresh.getString("data.data.status"));
            // new-api's ToVideoStatus has no case for NOT_START
            client.video(id).statusCode(200).body("status", equalTo("unknown")).body("progress", equalTo(0));

            // Half of the 0.5 s queue: new-api's poller has heard from the upstream.
            Emulator.advanceClock(Duration.ofMillis(250));
            client.task(id).body("data.status", equalTo("QUEUED")).body("data.progress", equalTo("20%"));
            client.video(id).body("status", equalTo("queued")).body("progress", equalTo(20));

            // In progress from 0.5 s for 1.5 s + 0.1 s per second of video: 500 of 1900 ms is 26 %.
            Emulator.advanceClock(Duration.ofMillis(750));
            JsonPath running = client.task(id).extract().jsonPath();
            assertEquals("IN_PROGRESS", running.getString("data.status"));
            assertEquals("26%", running.getString("data.progress"));
            long started = running.getLong("data.start_time") - fresh.getLong("data.submit_time");
            assertTrue(started == 0 || started == 1, "started half a second after submission: " + started);
            assertEquals("in_progress", running.getString("data.data.status"));
            assertEquals(26, running.getInt("data.data.progress"));
            client.video(id).body("status", equalTo("in_progress")).body("progress", equalTo(26));

            Emulator.advanceClock(Duration.ofMillis(1400));
            JsonPath done = client.task(id).extract().jsonPath();
            assertEquals("SUCCESS", done.getString("data.status"));
            assertEquals("100%", done.getString("data.progress"));
            assertTrue(done.getString("data.result_url").matches("http://[^/]+/new-api/v1/videos/" + id + "/content"));
            assertTrue(done.getLong("data.finish_time") >= done.getLong("data.start_time"));
            assertEquals("completed", done.getString("data.data.status"));
            assertEquals("720x1280", done.getString("data.data.size"));
            JsonPath video = client.video(id).extract().jsonPath();
            assertEquals("completed", video.getString("status"));
            assertEquals(100, video.getInt("progress"));
            assertEquals("4", video.getString("seconds"));
            assertEquals(done.getLong("data.finish_time"), video.getLong("completed_at"));
            assertEquals(Map.of("url", done.getString("data.result_url")), video.getMap("metadata"));
            assertFalse(video.getMap("").containsKey("url"), "new-api never writes a top-level url");
            assertFalse(video.getMap("").containsKey("error"));
        }
    }

    @Test
    void aKlingTaskIsSubmittedThenInProgressAtNewApisOwnThirtyPercent() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String id = client.create("kling-v2-master", "duration", 5);
            client.task(id).body("data.status", equalTo("NOT_START")).body("data.platform", equalTo("50"));
            Emulator.advanceClock(Duration.ofMillis(250));
            client.task(id).body("data.status", equalTo("SUBMITTED")).body("data.progress", equalTo("10%"))
                    .body("data.data.code", equalTo(0)).body("data.data.message", equalTo("SUCCEED"))
                    .body("data.data.data.task_status", equalTo("submitted"))
                    .body("data.data.data.task_id", matchesPattern("[1-9][0-9]{17}"));
            client.video(id).body("status", equalTo("queued")).body("progress", equalTo(10));
            Emulator.advanceClock(Duration.ofMillis(1000));
            client.task(id).body("data.status", equalTo("IN_PROGRESS")).body("data.progress", equalTo("30%"))
                    .body("data.data.data.task_status", equalTo("processing"));
            Emulator.advanceClock(Duration.ofMillis(1250));
            JsonPath done = client.task(id).body("data.status", equalTo("SUCCESS")).extract().jsonPath();
            assertEquals("succeed", done.getString("data.data.data.task_status"));
            assertEquals(done.getString("data.result_url"), done.getString("data.data.data.task_result.videos[0].url"));
            assertEquals("5", done.getString("data.data.data.task_result.videos[0].duration"));
            long createdMillis = done.getLong("data.data.data.created_at");
            assertEquals(done.getLong("data.submit_time"), createdMillis / 1000, "Kling writes milliseconds");
        }
    }

    @Test
    void theDownloadIsServedWithRangesAndEtags() {
        String id = client.succeeded("sora-2");
        String url = client.task(id).extract().path("data.result_url");
        Response whole = client.emulator().request().get(url);
        whole.then().statusCode(200).contentType("video/mp4");
        byte[] bytes = whole.asByteArray();
        assertEquals("ftyp", new String(Arrays.copyOfRange(bytes, 4, 8), StandardCharsets.US_ASCII));
        assertEquals(bytes.length, Integer.parseInt(whole.header("Content-Length")));
        Response part = client.emulator().request().header("Range", "bytes=0-9").get(url);
        part.then().statusCode(206).header("Content-Range", equalTo("bytes 0-9/" + bytes.length));
        assertArrayEquals(Arrays.copyOf(bytes, 10), part.asByteArray());
        client.emulator().request().header("If-None-Match", whole.header("ETag")).get(url).then().statusCode(304);
        client.emulator().request().head(url).then().statusCode(200)
                .header("Content-Length", equalTo(String.valueOf(bytes.length)));
        // new-api's proxy ignores ?variant=: always the video
        assertArrayEquals(bytes, client.emulator().request().get(url + "?variant=thumbnail").asByteArray());
    }

    @Test
    void theVideoHasTheSizeAndLengthAsked() {
        String sora = client.create("sora-2-pro", "size", "1792x1024", "seconds", "12");
        given().get("/__emulator/jobs/" + sora).then().statusCode(200).body("width", equalTo(1792))
                .body("height", equalTo(1024)).body("seconds", equalTo(12)).body("profile", equalTo("new-api"));
        String kling = client.create("kling-v1", "size", "720x1280", "mode", "pro", "duration", "10");
        given().get("/__emulator/jobs/" + kling).then().body("width", equalTo(1080)).body("height", equalTo(1920))
                .body("seconds", equalTo(10));
    }

    @Test
    void aFailedTaskCarriesItsReasonEverywhere() {
        String id = client.create("kling-v1");
        given().queryParam("code", "1301").queryParam("message", "content risk").post("/__emulator/jobs/" + id
                + "/fail").then().statusCode(200);
        JsonPath failed = client.task(id).statusCode(200).extract().jsonPath();
        assertEquals("FAILURE", failed.getString("data.status"));
        assertEquals("100%", failed.getString("data.progress"));
        assertEquals("content risk", failed.getString("data.fail_reason"));
        assertEquals("", failed.getString("data.result_url"));
        assertEquals("failed", failed.getString("data.data.data.task_status"));
        assertEquals("content risk", failed.getString("data.data.data.task_status_msg"));
        client.video(id).body("status", equalTo("failed")).body("error.message", equalTo("content risk"))
                .body("error.code", equalTo("1301")).body("metadata", equalTo(null));
        assertProxyError(client.content(id), 400, "invalid_request_error",
                "Task is not completed yet, current status: FAILURE");
    }

    @Test
    void contentIsTheProxysToRefuseBeforeSuccessAndPastTheUpstreamsWindow() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String id = client.create("kling-v1");
            assertProxyError(client.content(id), 400, "invalid_request_error",
                    "Task is not completed yet, current status: NOT_START");
            Emulator.advanceClock(Duration.ofMillis(250));
            assertProxyError(client.content(id), 400, "invalid_request_error",
                    "Task is not completed yet, current status: SUBMITTED");
            Emulator.advanceClock(Duration.ofMillis(1000));
            assertProxyError(client.content(id), 400, "invalid_request_error",
                    "Task is not completed yet, current status: IN_PROGRESS");
            // ends at 2.5 s; the upstream serves it for an hour from then
            Emulator.advanceClock(Duration.ofMillis(1250).plusHours(1).minusMillis(1));
            client.content(id).statusCode(200);
            Emulator.advanceClock(Duration.ofMillis(1));
            assertProxyError(client.content(id), 502, "server_error", "Upstream service returned status 404");
            client.task(id).statusCode(200).body("data.status", equalTo("SUCCESS"));
        }
    }

    @Test
    void unknownTasksAndOtherKeysTasks() {
        String unknown = "task_" + "0".repeat(32);
        assertTaskError(client.task(unknown), 400, "task_not_exist", "task_not_exist");
        assertTaskError(client.video(unknown), 400, "task_not_exist", "task_not_exist");
        assertProxyError(client.content(unknown), 404, "invalid_request_error", "Task not found");
        String id = client.succeeded("kling-v1");
        NewApiClient other = new NewApiClient();
        assertTaskError(other.task(id), 400, "task_not_exist", "task_not_exist");
        assertTaskError(other.video(id), 400, "task_not_exist", "task_not_exist");
        assertProxyError(other.content(id), 404, "invalid_request_error", "Task not found");
    }

    @Test
    void anImageMakesItAGenerateTask() {
        String id = client.create("kling-v1", "image", "https://example.com/first.png");
        client.task(id).body("data.action", equalTo("generate"));
    }
}
