package dev.videoapiemulator.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.support.KlingTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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
 * Kling's official callback_url: the task, as a query shows it, posted on every status change, through
 * the webhook machinery (its delivery records and its faults).
 */
@QuarkusTest
class KlingOfficialCallbackTest {

    private final Hooks hooks = new Hooks();
    private final Receiver receiver = new Receiver();

    @AfterEach
    void close() {
        receiver.close();
        hooks.reset();
    }

    private RequestSpecification signed() {
        return RestAssured.given().header("Authorization", KlingTokens.bearer(KlingTokens.valid(hooks.key, "s")))
                .header(ApiCaller.TEST_ID_HEADER, hooks.testId);
    }

    private String task(RequestSpecification caller, String root, String hook) {
        return caller.contentType(ContentType.JSON).body(Map.of("prompt", "A paper boat", "callback_url",
                receiver.url(hook), "external_task_id", "boat-" + hook)).post(root + "/v1/videos/text2video").then()
                .statusCode(200).extract().path("data.task_id");
    }

    @Test
    void everyStatusChangePostsTheTaskAsItsQueryShowsIt() {
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
    void aFailureIsPostedWithItsReasonAndNoVideo() {
        String id = task(hooks.api(), "/kling", "/relay-failed");
        hooks.advance(Duration.ofSeconds(1));
        RestAssured.given().queryParam("message", "Risk control").post("/__emulator/jobs/" + id + "/fail").then()
                .statusCode(200);
        List<JsonPath> calls = receiver.awaitCount(3).stream().map(r -> JsonPath.from(r.body())).toList();
        assertEquals(List.of("submitted", "processing", "failed"),
                calls.stream().map(c -> c.getString("task_status")).toList());
        assertEquals("Risk control", calls.get(2).getString("task_status_msg"));
        assertNull(calls.get(2).get("task_result"));
    }

    @Test
    void aTaskMadeThroughNewApisRoutesNamesItsVideoThere() {
        String id = task(hooks.api(), "/kling", "/relay");
        hooks.advance(Duration.ofMinutes(1));
        String url = JsonPath.from(receiver.awaitCount(3).get(2).body()).getString("task_result.videos[0].url");
        assertEquals("/kling/v1/videos/text2video/" + id + "/content", URI.create(url).getPath());
        hooks.api().get(url).then().statusCode(200);
    }

    @Test
    void aScenarioDropsTheCallbacksAndTheRecordsSaySo() {
        hooks.scenario("{\"name\":\"silent\",\"match\":{\"profile\":\"kling-official\"},\"webhook\":{\"drop\":true}}");
        String id = task(signed(), "/kling-official", "/dropped");
        hooks.advance(Duration.ofMinutes(1));
        Awaitility.await().until(() -> hooks.deliveries("job_id", id).size() == 3);
        hooks.deliveries("job_id", id).forEach(d -> assertEquals("dropped", d.get("outcome")));
        assertEquals(List.of(), receiver.received());
    }

    @Test
    void aTaskWithoutCallbackUrlCallsNoOne() {
        signed().contentType(ContentType.JSON).body(Map.of("prompt", "p")).post("/kling-official/v1/videos/text2video")
                .then().statusCode(200);
        hooks.advance(Duration.ofMinutes(1));
        assertEquals(List.of(), hooks.deliveries());
    }
}
