package dev.videoapiemulator.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.support.KlingTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kling's callback_url on every status change (the seed-003 relay's and Kling's official API's,
 * through the webhook machinery: delivery records, faults), and the Sora task API's notify_hook when
 * a task ends.
 */
@QuarkusTest
class RelayCallbackTest {

    private final Hooks hooks = new Hooks();
    private final Receiver receiver = new Receiver();

    @AfterEach
    void close() {
        receiver.close();
        hooks.reset();
    }

    @Test
    void klingCallsBackOnEveryStatusChangeInOrder() {
        String id = kling(Map.of("callback_url", receiver.url("/kling"), "style", "anime"));
        hooks.advance(Duration.ofMinutes(1));

        List<JsonPath> calls = receiver.awaitCount(3).stream().map(r -> JsonPath.from(r.body())).toList();
        assertEquals(List.of("submitted", "processing", "succeed"),
                calls.stream().map(c -> c.getString("task_status")).toList());
        JsonPath done = calls.get(2);
        assertEquals(id, done.getString("task_id"));
        assertEquals("", done.getString("task_status_msg"));
        assertTrue(done.getLong("updated_at") > done.getLong("created_at"));
        assertTrue(done.getLong("created_at") > 1_000_000_000_000L, "milliseconds");
        assertEquals(calls.get(0).getLong("created_at"), calls.get(0).getLong("updated_at"));
        assertEquals(1, done.getList("task_result.videos").size());
        assertEquals(id, done.getString("task_result.videos[0].id"));
        assertEquals("5", done.getString("task_result.videos[0].duration"));
        String url = done.getString("task_result.videos[0].url");
        assertTrue(url.endsWith("/kling/v1/videos/" + id + "/content"), url);
        hooks.api().get(url).then().statusCode(200).contentType("video/mp4");
        assertEquals(List.of(), calls.get(1).getList("task_result.videos"));
        assertNull(receiver.received().get(0).header("webhook-signature"));
    }

    @Test
    void klingReportsAFailureWithItsReason() {
        String id = kling(Map.of("callback_url", receiver.url("/kling-failed")));
        assertEquals(List.of(), failedOnceStarted(id).get(2).getList("task_result.videos"));
    }

    /** Fails the running task with a reason: its callbacks are submitted, processing, then failed with it. */
    private List<JsonPath> failedOnceStarted(String id) {
        hooks.advance(Duration.ofSeconds(1));
        given().queryParam("message", "Risk control").post("/__emulator/jobs/" + id + "/fail").then()
                .statusCode(200);
        List<JsonPath> calls = receiver.awaitCount(3).stream().map(r -> JsonPath.from(r.body())).toList();
        assertEquals(List.of("submitted", "processing", "failed"),
                calls.stream().map(c -> c.getString("task_status")).toList());
        assertEquals("Risk control", calls.get(2).getString("task_status_msg"));
        return calls;
    }

    @Test
    void aTaskFailedBeforeItStartedNeverReportsProcessing() {
        String id = kling(Map.of("callback_url", receiver.url("/kling-early")));
        given().post("/__emulator/jobs/" + id + "/fail").then().statusCode(200);
        hooks.advance(Duration.ofMinutes(1));

        List<String> statuses = receiver.awaitCount(2).stream()
                .map(r -> JsonPath.from(r.body()).getString("task_status")).toList();
        assertEquals(List.of("submitted", "failed"), statuses);
    }

    @Test
    void aKlingJobWithoutCallbackUrlCallsNoOne() {
        kling(Map.of("style", "anime"));
        hooks.advance(Duration.ofMinutes(1));
        assertEquals(List.of(), hooks.deliveries());
    }

    @Test
    void theSoraTaskApiPostsTheTaskToItsNotifyHookWhenItEnds() {
        String taskId = hooks.api().contentType(ContentType.JSON)
                .body(Map.of("type", "video_gen", "prompt", "fly man", "n_frames", 150, "width", 854, "height", 480,
                        "n_variants", 2, "notify_hook", receiver.url("/sora")))
                .post("/sora/v1/videos").then().statusCode(200).extract().path("data");
        hooks.advance(Duration.ofMinutes(1));

        List<Receiver.Received> got = receiver.awaitCount(1);
        JsonPath task = JsonPath.from(got.get(0).body());
        assertEquals(taskId, task.getString("task_id"));
        assertEquals(receiver.url("/sora"), task.getString("notify_hook"));
        assertEquals("SUCCESS", task.getString("status"));
        assertEquals("100%", task.getString("progress"));
        assertEquals(2, task.getList("data.generations").size());
        JsonPath queried = hooks.api().get("/sora/v1/videos/" + taskId).then().statusCode(200).extract().jsonPath();
        assertEquals(queried.getMap("data"), task.getMap("$"));
        assertEquals(1, receiver.received().size(), "only the end is notified");
    }

    private String kling(Map<String, String> metadata) {
        return hooks.api().contentType(ContentType.JSON).body(Map.of("prompt", "A paper boat", "metadata", metadata))
                .post("/kling/v1/videos").then().statusCode(200).extract().path("id");
    }

    private RequestSpecification signed() {
        return given().header("Authorization", KlingTokens.bearer(KlingTokens.valid(hooks.key, "s")))
                .header(ApiCaller.TEST_ID_HEADER, hooks.testId);
    }

    private String task(RequestSpecification caller, String root, String hook) {
        return caller.contentType(ContentType.JSON).body(Map.of("prompt", "A paper boat", "callback_url",
                receiver.url(hook), "external_task_id", "boat-" + hook)).post(root + "/v1/videos/text2video").then()
                .statusCode(200).extract().path("data.task_id");
    }

    @Test
    void klingOfficialPostsTheTaskAsItsQueryShowsItOnEveryChange() {
        String id = task(signed(), "/kling-official", "/official");
        hooks.advance(Duration.ofMinutes(1));

        List<JsonPath> calls = receiver.awaitCount(3).stream().map(r -> JsonPath.from(r.body())).toList();
        assertEquals(List.of("submitted", "processing", "succeed"),
                calls.stream().map(c -> c.getString("task_status")).toList());
        calls.forEach(call -> assertEquals(id, call.getString("task_id")));
        calls.forEach(call -> assertEquals("boat-/official", call.getString("task_info.external_task_id")));
        assertEquals(calls.get(0).getLong("created_at"), calls.get(0).getLong("updated_at"));
        assertTrue(calls.get(1).getLong("updated_at") > calls.get(0).getLong("updated_at"));
        assertTrue(calls.get(2).getLong("updated_at") > calls.get(1).getLong("updated_at"));
        JsonPath queried = signed().get("/kling-official/v1/videos/text2video/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(queried.getMap("data"), calls.get(2).getMap("$"));
        String url = calls.get(2).getString("task_result.videos[0].url");
        signed().get(url).then().statusCode(200).contentType("video/mp4");
        Awaitility.await().until(() -> hooks.deliveries("job_id", id).size() == 3);
        assertEquals(Set.of("submitted", "processing", "succeed"), hooks.deliveries("job_id", id).stream()
                .map(d -> d.get("event")).collect(Collectors.toSet()));
    }

    @Test
    void klingOfficialPostsAFailureWithItsReasonAndNoVideo() {
        String id = task(hooks.api(), "/kling", "/relay-failed");
        assertNull(failedOnceStarted(id).get(2).get("task_result"));
    }

    @Test
    void aKlingOfficialTaskMadeThroughNewApisRoutesNamesItsVideoThere() {
        String id = task(hooks.api(), "/kling", "/relay");
        hooks.advance(Duration.ofMinutes(1));
        String url = JsonPath.from(receiver.awaitCount(3).get(2).body()).getString("task_result.videos[0].url");
        assertEquals("/kling/v1/videos/text2video/" + id + "/content", URI.create(url).getPath());
        hooks.api().get(url).then().statusCode(200);
    }

    @Test
    void aScenarioDropsKlingOfficialCallbacksAndTheRecordsSaySo() {
        hooks.scenario("{\"name\":\"silent\",\"match\":{\"profile\":\"kling-official\"},\"webhook\":{\"drop\":true}}");
        String id = task(signed(), "/kling-official", "/dropped");
        hooks.advance(Duration.ofMinutes(1));
        Awaitility.await().until(() -> hooks.deliveries("job_id", id).size() == 3);
        hooks.deliveries("job_id", id).forEach(d -> assertEquals("dropped", d.get("outcome")));
        assertEquals(List.of(), receiver.received());
    }

    @Test
    void aKlingOfficialTaskWithoutCallbackUrlCallsNoOne() {
        signed().contentType(ContentType.JSON).body(Map.of("prompt", "p")).post("/kling-official/v1/videos/text2video")
                .then().statusCode(200);
        hooks.advance(Duration.ofMinutes(1));
        assertEquals(List.of(), hooks.deliveries());
    }
}
