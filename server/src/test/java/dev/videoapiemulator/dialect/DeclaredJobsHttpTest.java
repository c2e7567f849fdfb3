package dev.videoapiemulator.dialect;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.support.DeclaredFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Jobs declared in fixtures/declared.yaml of src/test/resources behave as created ones: listed,
 * polled, downloaded, deleted, each in its profile's own words, and a reset brings them back.
 */
@QuarkusTest
@TestProfile(DeclaredFixtures.class)
class DeclaredJobsHttpTest {

    private static final String KEY = "sk-declared-http";

    /** Each test its own test id, so that what one deletes the next still sees. */
    private final String testId = "declared-" + UUID.randomUUID();

    private RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key).header("X-Emulator-Test-Id", testId);
    }

    @Test
    void aDeclaredJobIsPolledListedAndDownloadedWithoutBeingCreated() {
        long now = Instant.now().getEpochSecond();
        JsonPath remixed = as(KEY).get("/v1/videos/video_remixed").then().statusCode(200)
                .body("status", equalTo("completed")).body("progress", equalTo(100))
                .body("remixed_from_video_id", equalTo("video_shared"))
                .body("model", equalTo("sora-2")).body("size", equalTo("720x1280")).body("seconds", equalTo("4"))
                .extract().jsonPath();
        long created = remixed.getLong("created_at");
        assertTrue(Math.abs(now - 1800 - created) < 60, "created 30 minutes before the load: " + created);
        assertTrue(remixed.getLong("expires_at") > now, "downloads last the usual hour");

        List<String> listed = as(KEY).queryParam("limit", 100).get("/v1/videos").then().statusCode(200)
                .extract().jsonPath().getList("data.id");
        assertTrue(listed.containsAll(List.of("video_remixed", "video_failing", "video_running", "video_gone",
                "video_shared")), listed.toString());
        assertTrue(!listed.contains("video_123") && !listed.contains("task_declaredkling"),
                "another key's and another profile's declared jobs are not listed: " + listed);

        byte[] video = as(KEY).get("/v1/videos/video_remixed/content").then().statusCode(200)
                .contentType("video/mp4").extract().asByteArray();
        assertTrue(video.length > 1000);
        as(KEY).get("/v1/videos/video_remixed/content?variant=thumbnail").then().statusCode(200)
                .contentType("image/webp");
    }

    @Test
    void aListPageContinuesAcrossDeclaredAndCreatedJobs() {
        String created = as(KEY).multiPart("prompt", "made after the load").post("/v1/videos").then().statusCode(200)
                .extract().path("id");
        List<String> all = as(KEY).queryParam("limit", 100).queryParam("order", "asc").get("/v1/videos").then()
                .statusCode(200).extract().jsonPath().getList("data.id");
        assertEquals(created, all.get(all.size() - 1), "the created job is the newest: " + all);
        List<String> walked = new java.util.ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            RequestSpecification page = as(KEY).queryParam("limit", 2).queryParam("order", "asc");
            JsonPath body = (after == null ? page : page.queryParam("after", after)).get("/v1/videos").then()
                    .statusCode(200).extract().jsonPath();
            List<String> ids = body.getList("data.id");
            walked.addAll(ids);
            more = body.getBoolean("has_more");
            after = ids.isEmpty() ? null : ids.get(ids.size() - 1);
        }
        assertEquals(all, walked);
    }

    @Test
    void failedAndExpiredJobsRefuseTheirDownloadsInTheDialectsWords() {
        as(KEY).get("/v1/videos/video_failing").then().statusCode(200).body("status", equalTo("failed"))
                .body("progress", equalTo(40)).body("error.code", equalTo("moderation_blocked"))
                .body("error.message", equalTo("Blocked by the declared fixture."));
        assertError(as(KEY).get("/v1/videos/video_failing/content").then(), 400, "invalid_request_error", null,
                null);
        long now = Instant.now().getEpochSecond();
        as(KEY).get("/v1/videos/video_gone").then().statusCode(200).body("status", equalTo("completed"))
                .body("expires_at", allOf(greaterThanOrEqualTo((int) (now - 3700)), lessThan((int) now)));
        assertError(as(KEY).get("/v1/videos/video_gone/content").then(), 404, "invalid_request_error", null, null)
                .body("error.message", startsWith("The video is no longer available."));
    }

    @Test
    void aRunningJobGoesOnOnTheTestsClock() {
        int progress = as(KEY).get("/v1/videos/video_running").then().statusCode(200)
                .body("status", equalTo("in_progress")).extract().path("progress");
        assertTrue(progress >= 50 && progress < 60, "declared at 50: " + progress);
        given().queryParam("test_id", testId).post("/__emulator/clock/advance?by=PT6M").then().statusCode(200);
        as(KEY).get("/v1/videos/video_running").then().body("status", equalTo("completed"));
        as(KEY).get("/v1/videos/video_running/content").then().statusCode(200);
        given().header("Authorization", "Bearer " + KEY).header("X-Emulator-Test-Id", "other-" + testId)
                .get("/v1/videos/video_running").then().body("status", equalTo("in_progress"));
        given().queryParam("test_id", testId).post("/__emulator/reset").then().statusCode(200);
    }

    @Test
    void aDeleteHidesTheJobFromItsTestUntilTheTestIsReset() {
        as(KEY).delete("/v1/videos/video_shared").then().statusCode(200).body("deleted", equalTo(true));
        assertError(as(KEY).get("/v1/videos/video_shared").then(), 404, "invalid_request_error", null, null);
        as(KEY).queryParam("limit", 100).get("/v1/videos").then().body("data.id", not(hasItem("video_shared")));
        assertError(as(KEY).delete("/v1/videos/video_shared").then(), 404, "invalid_request_error", null, null);

        String other = "other-" + testId;
        given().header("Authorization", "Bearer " + KEY).header("X-Emulator-Test-Id", other)
                .get("/v1/videos/video_shared").then().statusCode(200);
        given().header("Authorization", "Bearer " + KEY).get("/v1/videos/video_shared").then().statusCode(200);

        given().queryParam("test_id", testId).post("/__emulator/reset").then().statusCode(200);
        as(KEY).get("/v1/videos/video_shared").then().statusCode(200).body("status", equalTo("completed"));
    }

    @Test
    void aJobWithoutAKeyIsSeenByEveryKeyAndOneWithAKeyByThatKeyOnly() {
        String stranger = "sk-stranger-" + UUID.randomUUID();
        as(stranger).get("/v1/videos/video_shared").then().statusCode(200).body("prompt", equalTo("Seen by every key"));
        assertError(as(stranger).get("/v1/videos/video_remixed").then(), 404, "invalid_request_error", null, null);
        assertError(as(stranger).get("/v1/videos/video_123").then(), 404, "invalid_request_error", null, null);
        as(stranger).get("/v1/videos").then().statusCode(200).body("data.id", equalTo(List.of("video_shared")));
    }

    @Test
    void everyProfileServesItsOwnDeclaredJobsInItsOwnWords() {
        as(KEY).get("/sora-relay/v1/videos/sora-2:task_01declared").then().statusCode(200)
                .body("status", equalTo("completed")).body("metadata.campaign", equalTo("spring"));
        as(KEY).get("/sora-relay/v1/videos/sora-2:task_01declared/content").then().statusCode(200);
        as(KEY).get("/sora/v1/videos/task_01declared").then().statusCode(200)
                .body("data.status", equalTo("SUCCESS"));
        as(KEY).get("/sora/v1/videos/task_01declared/generations/gen_01declared/content").then().statusCode(200)
                .contentType("video/mp4");
        as(KEY).get("/veo/v1/videos/video_0e8b0a3c-declared").then().statusCode(200)
                .body("status", equalTo("completed")).body("model", equalTo("veo3")).body("size", equalTo("16x9"));
        as(KEY).get("/kling/v1/videos/task_declaredkling").then().statusCode(200)
                .body("model", equalTo("kling-v1")).body("metadata.negative_prompt", equalTo("rain"));
        as(KEY).get("/openai-relay/v1/videos/video_0e8b0a3c-relay").then().statusCode(200)
                .body("status", equalTo("processing"));
        as(KEY).get("/kling/v1/videos/text2video/ext-declared").then().statusCode(200)
                .body("data.task_id", equalTo("860000000000000001")).body("data.task_status", equalTo("succeed"))
                .body("data.task_result.videos[0].url", endsWith("/kling/v1/videos/text2video/860000000000000001/content"));
        as(KEY).get("/kling/v1/videos/text2video/860000000000000001/content").then().statusCode(200)
                .contentType("video/mp4");
        as(KEY).get("/new-api/v1/video/generations/task_declarednewapi").then().statusCode(200)
                .body("data.status", equalTo("SUCCESS")).body("data.platform", equalTo("55"));
        as(KEY).get("/new-api/v1/videos/task_declarednewapi/content").then().statusCode(200).contentType("video/mp4");
        assertError(as(KEY).get("/v1/videos/task_declaredkling").then(), 404, "invalid_request_error", null, null);
        assertError(as(KEY).get("/kling/v1/videos/video_remixed").then(), 404, "invalid_request_error", null, null);
    }

    @Test
    void theControlApiSeesDeclaredJobsAndAResetUndoesWhatItForced() {
        given().get("/__emulator/jobs/video_failing").then().statusCode(200).body("status", equalTo("failed"));
        given().get("/__emulator/jobs?key=" + KEY + "&limit=1000").then().statusCode(200)
                .body("data.id", hasItem("task_declaredkling"));
        given().post("/__emulator/jobs/video_failing/complete").then().statusCode(200)
                .body("status", equalTo("completed"));
        as(KEY).get("/v1/videos/video_failing").then().body("status", equalTo("completed"));
        given().post("/__emulator/reset?part=jobs").then().statusCode(200);
        as(KEY).get("/v1/videos/video_failing").then().body("status", equalTo("failed"));
    }

    @Test
    void aReloadBringsTheJobsBackAsDeclared() {
        given().header("Authorization", "Bearer " + KEY).delete("/v1/videos/video_gone").then().statusCode(200);
        given().header("Authorization", "Bearer " + KEY).get("/v1/videos/video_gone").then().statusCode(404);
        given().post("/__emulator/fixtures/reload").then().statusCode(200);
        given().header("Authorization", "Bearer " + KEY).get("/v1/videos/video_gone").then().statusCode(200);
    }
}
