package dev.videoapiemulator.scenario;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.support.ConfigOverrides;
import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.RuntimeScenarios;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every QA case shipped in fixtures/examples does what README says it does. */
@QuarkusTest
@TestProfile(ExampleFixturesTest.Examples.class)
class ExampleFixturesTest {

    public static class Examples extends ConfigOverrides {
        public Examples() {
            super("emulator.fixtures.dir", "../fixtures/examples");
        }
    }

    private final Emulator client = Emulator.freshKey();

    @BeforeEach
    void restartCounts() {
        RuntimeScenarios.clear();
    }

    @Test
    void moderationFailure() {
        String id = client.create("prompt", "a street fight [qa:moderation]");
        Emulator.advanceClock(Duration.ofMinutes(1));
        client.get(id).body("status", equalTo("failed")).body("progress", equalTo(40))
                .body("error.code", equalTo("moderation_blocked"));
    }

    @Test
    void rateLimitBurstThenSuccess() {
        for (int i = 0; i < 2; i++) {
            assertError(client.request().multiPart("prompt", "[qa:429]").post("/v1/videos").then(), 429, "requests",
                    null, "rate_limit_exceeded").header("Retry-After", equalTo("1"));
        }
        client.request().multiPart("prompt", "[qa:429]").post("/v1/videos").then().statusCode(200);
    }

    @Test
    void serverErrorThenSuccessForRetries() {
        assertError(client.request().multiPart("prompt", "[qa:retry]").post("/v1/videos").then(), 500, "server_error",
                null, null);
        client.request().multiPart("prompt", "[qa:retry]").post("/v1/videos").then().statusCode(200);
    }

    @Test
    void aJobThatNeverFinishes() {
        String id = client.create("prompt", "[qa:stuck]");
        Emulator.advanceClock(Duration.ofHours(3));
        client.get(id).body("status", equalTo("in_progress")).body("progress", equalTo(42));
    }

    @Test
    void expiredDownload() {
        String id = client.completed("prompt", "[qa:expired]");
        assertError(client.request().get("/v1/videos/" + id + "/content").then(), 404, "invalid_request_error", null,
                null);
    }

    @Test
    void slowDownload() {
        String id = client.completed("prompt", "[qa:slow]");
        long started = System.nanoTime();
        byte[] video = client.request().get("/v1/videos/" + id + "/content").then().statusCode(200).extract()
                .asByteArray();
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMillis >= video.length * 1000L / 262_144 * 8 / 10,
                video.length + " bytes at 256 KiB/s arrived in " + tookMillis + " ms");
    }

    @Test
    void aKeyWithItsOwnRateLimit() {
        Emulator.advanceClock(Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer sk-qa-limited").get("/v1/videos").then().statusCode(200);
        }
        assertError(given().header("Authorization", "Bearer sk-qa-limited").get("/v1/videos").then(), 429, "requests",
                null, "rate_limit_exceeded")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .header("x-ratelimit-limit-requests", equalTo("3"))
                .header("x-ratelimit-remaining-requests", equalTo("0"));
        Emulator.advanceClock(Duration.ofMinutes(1));
        given().header("Authorization", "Bearer sk-qa-limited").get("/v1/videos").then().statusCode(200);
    }

    /** declared-jobs.yaml, on a test id of its own so that the other tests' moves of the global clock do not age it. */
    private static RequestSpecification declaredJobsKey() {
        return given().header("Authorization", "Bearer sk-qa-jobs").header("X-Emulator-Test-Id", "examples-declared");
    }

    @Test
    void aCompletedVideoThatExistsFromTheStart() {
        long now = Instant.now().getEpochSecond();
        long created = declaredJobsKey().get("/v1/videos/video_123").then().statusCode(200)
                .body("status", equalTo("completed")).body("size", equalTo("1280x720")).body("seconds", equalTo("8"))
                .extract().jsonPath().getLong("created_at");
        assertTrue(Math.abs(now - 600 - created) < 120, "created ten minutes before the load");
        declaredJobsKey().get("/v1/videos/video_123/content").then().statusCode(200).contentType("video/mp4");
        declaredJobsKey().get("/v1/videos").then().statusCode(200)
                .body("data.id", equalTo(List.of("video_moderated", "video_123", "video_expired")));
    }

    @Test
    void aFailedVideoThatExistsFromTheStart() {
        declaredJobsKey().get("/v1/videos/video_moderated").then().statusCode(200).body("status", equalTo("failed"))
                .body("progress", equalTo(40)).body("error.code", equalTo("moderation_blocked"));
        assertError(declaredJobsKey().get("/v1/videos/video_moderated/content").then(), 400, "invalid_request_error",
                null, null);
    }

    @Test
    void anExpiredVideoThatExistsFromTheStart() {
        declaredJobsKey().get("/v1/videos/video_expired").then().statusCode(200).body("status", equalTo("completed"));
        assertError(declaredJobsKey().get("/v1/videos/video_expired/content").then(), 404, "invalid_request_error",
                null, null).body("error.message", equalTo("The video is no longer available. Downloads expire after 1 hours."));
    }

    @Test
    void resettingRateLimitsStartsAFreshMinute() {
        Emulator.advanceClock(Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer sk-qa-limited").get("/v1/videos").then().statusCode(200);
        }
        given().header("Authorization", "Bearer sk-qa-limited").get("/v1/videos").then().statusCode(429);
        given().post("/__emulator/reset?part=rate_limits").then().statusCode(200);
        given().header("Authorization", "Bearer sk-qa-limited").get("/v1/videos").then().statusCode(200);
    }
}
