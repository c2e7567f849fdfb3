package dev.videoapiemulator.control;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.api.ApiCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each test id has a clock of its own: moving it moves that test's jobs only. */
@QuarkusTest
class TestClockTest {

    private final String key = "sk-clock-" + UUID.randomUUID();
    private final String alpha = "alpha-" + UUID.randomUUID();
    private final String beta = "beta-" + UUID.randomUUID();

    @AfterEach
    void reset() {
        given().queryParam("test_id", alpha).post("/__emulator/reset").then().statusCode(200);
        given().queryParam("test_id", beta).post("/__emulator/reset").then().statusCode(200);
    }

    private RequestSpecification as(String testId) {
        return given().header("Authorization", "Bearer " + key).header(ApiCaller.TEST_ID_HEADER, testId);
    }

    private String create(String testId) {
        return as(testId).multiPart("prompt", "a clock").post("/v1/videos").then().statusCode(200).extract()
                .path("id");
    }

    private String status(String testId, String id) {
        return as(testId).get("/v1/videos/" + id).then().statusCode(200).extract().path("status");
    }

    private static JsonPath clock(String testId) {
        RequestSpecification request = testId == null ? given() : given().queryParam("test_id", testId);
        return request.get("/__emulator/clock").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath post(String action, String testId, String by) {
        RequestSpecification request = given().queryParam("test_id", testId);
        if (by != null) {
            request = request.queryParam("by", by);
        }
        return request.post("/__emulator/clock/" + action).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aNewTestIdReadsTheWallClockNotTheGlobalOne() {
        given().post("/__emulator/clock/advance?by=PT1H").then().statusCode(200);
        try {
            JsonPath fresh = clock(alpha);
            assertEquals(0L, fresh.getLong("offset_ms"));
            assertEquals(false, fresh.getBoolean("frozen"));
            assertEquals(alpha, fresh.getString("test_id"));
            assertTrue(Math.abs(fresh.getLong("now") - System.currentTimeMillis()) < 10_000);
        } finally {
            given().post("/__emulator/reset").then().statusCode(200);
        }
    }

    @Test
    void twoTestsAdvanceIndependentlyAndTheGlobalClockStays() {
        long betaFrozenAt = post("freeze", beta, null).getLong("now");
        String alphaVideo = create(alpha);
        String betaVideo = create(beta);
        long globalOffset = clock(null).getLong("offset_ms");

        JsonPath moved = post("advance", alpha, "PT1M");
        assertTrue(moved.getLong("offset_ms") >= 59_000, moved.prettify());

        assertEquals("completed", status(alpha, alphaVideo));
        assertEquals("queued", status(beta, betaVideo));
        assertEquals(globalOffset, clock(null).getLong("offset_ms"));
        // A frozen clock's offset drifts as the wall clock runs on; its reading is what must stay.
        assertEquals(betaFrozenAt, clock(beta).getLong("now"));
        given().queryParam("test_id", beta).get("/__emulator/jobs").then().statusCode(200)
                .body("data[0].status", equalTo("queued"));
        given().queryParam("test_id", alpha).get("/__emulator/jobs").then().statusCode(200)
                .body("data[0].status", equalTo("completed"));
    }

    @Test
    void theHeaderNamesTheTestToo() {
        given().header(ApiCaller.TEST_ID_HEADER, alpha).post("/__emulator/clock/advance?by=90").then()
                .statusCode(200).body("test_id", equalTo(alpha));
        assertTrue(clock(alpha).getLong("offset_ms") >= 89_000);
        given().header(ApiCaller.TEST_ID_HEADER, alpha).get("/__emulator/clock").then().statusCode(200)
                .body("test_id", equalTo(alpha));
    }

    @Test
    void aFrozenTestClockStandsStillAndHoldsItsJobs() throws InterruptedException {
        long frozenAt = post("freeze", alpha, null).getLong("now");
        String video = create(alpha);
        // Wall time must pass for a frozen clock to show it stands still: 700 ms is past the 500 ms a
        // job stays queued, so a running clock would have moved the job on. Nothing else to await.
        Thread.sleep(700);
        JsonPath read = clock(alpha);
        assertEquals(frozenAt, read.getLong("now"));
        assertTrue(read.getBoolean("frozen"));
        assertEquals("queued", status(alpha, video));
        assertEquals(frozenAt / 1000, ((Number) as(alpha).get("/v1/videos/" + video).then().extract()
                .path("created_at")).longValue());
        assertEquals(false, clock(null).getBoolean("frozen"));

        assertEquals(frozenAt + 60_000, post("advance", alpha, "PT1M").getLong("now"));
        assertEquals("completed", status(alpha, video));
        assertEquals(false, post("thaw", alpha, null).getBoolean("frozen"));
    }

    @Test
    void resettingOneTestResetsOnlyItsClock() {
        post("advance", alpha, "PT1H");
        post("advance", beta, "PT2H");
        given().queryParam("test_id", alpha).post("/__emulator/reset").then().statusCode(200);
        assertEquals(0L, clock(alpha).getLong("offset_ms"));
        assertTrue(clock(beta).getLong("offset_ms") >= 2 * 3_600_000 - 1_000);
    }

    @Test
    void aTestClockAheadWithJobsOnItRefusesToGoBack() {
        create(alpha);
        create(beta);
        post("advance", alpha, "PT1H");
        given().queryParam("test_id", alpha).post("/__emulator/clock/reset").then().statusCode(409)
                .body("error.code", equalTo("clock_in_use"))
                .body("error.message", containsString(alpha));
        // beta's clock was never moved: nothing of its own is ahead.
        given().queryParam("test_id", beta).post("/__emulator/clock/reset").then().statusCode(200);

        given().queryParam("test_id", alpha).queryParam("part", "jobs").post("/__emulator/reset").then()
                .statusCode(200);
        given().queryParam("test_id", alpha).post("/__emulator/clock/reset").then().statusCode(200)
                .body("offset_ms", equalTo(0));
    }

    @Test
    void downloadsExpireOnTheTestsClock() {
        String alphaVideo = create(alpha);
        String betaVideo = create(beta);
        post("advance", alpha, "PT1M");
        post("advance", beta, "PT1M");
        as(alpha).get("/v1/videos/" + alphaVideo + "/content").then().statusCode(200);

        post("advance", alpha, "PT61M");
        assertError(as(alpha).get("/v1/videos/" + alphaVideo + "/content").then(), 404, "invalid_request_error",
                null, null).body("error.message", containsString("no longer available"));
        as(beta).get("/v1/videos/" + betaVideo + "/content").then().statusCode(200);
    }

    @Test
    void badInputIsAJson400() {
        assertError(given().queryParam("test_id", alpha).queryParam("by", "soon").post("/__emulator/clock/advance")
                .then(), 400, "invalid_request_error", "by", "invalid_value");
        assertError(given().queryParam("test_id", alpha).post("/__emulator/clock/advance").then(), 400,
                "invalid_request_error", "by", "missing_required_parameter");
        assertError(given().queryParam("test_id", alpha).queryParam("part", "sundial").post("/__emulator/reset")
                .then(), 400, "invalid_request_error", "part", "invalid_value");
        assertEquals(0L, clock(alpha).getLong("offset_ms"));
    }

    @Test
    void parallelTestsMovingTheirOwnClocksDoNotDisturbEachOther() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<Long> alphaRun = () -> run(alpha, "PT1S", 40);
            Callable<Long> betaRun = () -> run(beta, "PT0.01S", 40);
            List<Future<Long>> runs = threads.invokeAll(List.of(alphaRun, betaRun));
            assertEquals(40_000L, runs.get(0).get());
            assertEquals(400L, runs.get(1).get());
        } finally {
            threads.shutdownNow();
        }
    }

    /** Freezes the test's clock, makes a job, advances {@code steps} times; returns how far the clock moved. */
    private long run(String testId, String step, int steps) {
        long start = post("freeze", testId, null).getLong("now");
        String video = create(testId);
        for (int i = 0; i < steps; i++) {
            post("advance", testId, step);
        }
        long moved = clock(testId).getLong("now") - start;
        String expected = moved >= 10_000 ? "completed" : "queued";
        assertEquals(expected, status(testId, video));
        return moved;
    }
}
