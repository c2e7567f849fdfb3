package dev.videoapiemulator.scenario;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.videoapiemulator.support.FixtureDirectory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A declared job that its profile cannot hold is refused by file, line and field, the last good set
 * stays, and with emulator.fixtures.ready-requires-valid readiness is DOWN until the file is fixed.
 */
@QuarkusTest
@TestProfile(DeclaredJobRefusalTest.StrictFixtures.class)
class DeclaredJobRefusalTest {

    static final Path DIR = Path.of("target", "fixtures-declared-refusal-test");
    private static final String GOOD = "jobs:\n  - id: video_123\n    key: sk-refusal\n    status: completed\n";

    public static class StrictFixtures extends FixtureDirectory {
        public StrictFixtures() {
            super(DIR, "emulator.fixtures.watch-interval", "1h", "emulator.fixtures.ready-requires-valid", "true");
        }
    }

    @BeforeEach
    void startWithOneGoodJob() throws IOException {
        clear();
        write("a.yaml", GOOD);
        reload().body("error", nullValue());
    }

    @AfterEach
    void clear() throws IOException {
        try (var old = Files.list(DIR)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        reload();
    }

    private static void write(String name, String content) throws IOException {
        Files.writeString(DIR.resolve(name), content);
    }

    private static io.restassured.response.ValidatableResponse reload() {
        return given().post("/__emulator/fixtures/reload").then().statusCode(200);
    }

    private static void declaredJobStillServed() {
        given().header("Authorization", "Bearer sk-refusal").get("/v1/videos/video_123").then().statusCode(200)
                .body("status", equalTo("completed"));
    }

    @Test
    void aJobDeclaredTwiceIsRefusedWhereItIsDeclaredAgain() throws IOException {
        write("b.yaml", "# the same id again\njobs:\n  - id: video_456\n    status: queued\n"
                + "  - id: video_123\n    status: failed\n");
        reload().body("error", containsString("b.yaml:5: field jobs[1].id: 'video_123' is declared twice (first at "))
                .body("error", containsString("a.yaml:2)")).body("jobs", equalTo(1));
        declaredJobStillServed();
        given().header("Authorization", "Bearer sk-refusal").get("/v1/videos/video_456").then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "id: clip_1\\n    status: completed | :3: field jobs[0].id: 'clip_1' is not a openai job id (video_ and letters or digits)",
            "id: video_1\\n    profile: kling\\n    status: completed | :3: field jobs[0].id: 'video_1' is not a kling job id (task_",
            "id: video_1\\n    status: succeeded | :3: field jobs[0].status: profile openai has no status 'succeeded' (its statuses: [completed, failed, in_progress, queued])",
            "id: task_1\\n    profile: sora\\n    status: completed | :3: field jobs[0].status: profile sora has no status 'completed' (its statuses: [FAILURE, IN_PROGRESS, NOT_START, SUCCESS])",
            "id: video_1\\n    profile: sora-2\\n    status: completed | :3: field jobs[0].profile: unknown profile 'sora-2'",
            "id: video_1 | :3: field jobs[0].status: status is required",
            "status: completed | :3: field jobs[0].id: id is required",
            "id: video_1\\n    status: in_progress\\n    progress: 101 | :3: field jobs[0].progress: progress must be between 0 and 100, not 101",
            "id: video_1\\n    status: failed\\n    progress: -1 | :3: field jobs[0].progress: progress must be between 0 and 100, not -1",
            "id: video_1\\n    status: completed\\n    progress: 50 | :3: field jobs[0].progress: a completed job's progress is 100",
            "id: video_1\\n    status: completed\\n    seconds: 0 | :3: field jobs[0].seconds: seconds must be between 1 and 600, not 0",
            "id: video_1\\n    status: completed\\n    seconds: 601 | :3: field jobs[0].seconds: seconds must be between 1 and 600, not 601",
            "id: video_1\\n    status: completed\\n    size: 1280 | :3: field jobs[0].size: size must be WIDTHxHEIGHT",
            "id: video_1\\n    status: completed\\n    created: yesterday | field jobs[0].created: ",
            "id: video_1\\n    status: completed\\n    created: -1h\\n    completed: -2h | :3: field jobs[0].completed: completed (",
            "id: video_1\\n    status: completed\\n    completed: -1m\\n    expires: -2m | :3: field jobs[0].expires: expires (",
            "id: video_1\\n    status: queued\\n    completed: -1m | :3: field jobs[0].completed: only a completed or failed job has a completion time",
            "id: video_1\\n    status: failed\\n    expires: +1h | :3: field jobs[0].expires: only a completed job has downloads that expire",
            "id: video_1\\n    status: completed\\n    error: {code: x} | :3: field jobs[0].error: only a failed job has an error",
            "id: video_1\\n    status: completed\\n    details: {colour: red} | :3: field jobs[0].details.colour: unknown field 'colour' (known: [])",
            "id: task_1\\n    profile: kling\\n    status: completed\\n    details: {metadata: 7} | :3: field jobs[0].details.metadata: metadata must be an object",
            "id: task_1\\n    profile: sora\\n    status: SUCCESS\\n    details: {style: noir} | :3: field jobs[0].details.style: ",
            "id: video_1\\n    status: completed\\n    colour: red | field jobs[0].colour: unknown field 'colour' (known: "})
    void aJobItsProfileCannotHoldIsRefusedByFileLineAndField(String job, String expected) throws IOException {
        write("b.yaml", "# the job starts on line 3\njobs:\n  - " + job.replace("\\n", "\n") + "\n");
        reload().body("error", containsString("b.yaml"))
                .body("error", containsString(expected.strip()));
        declaredJobStillServed();
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'emulator' }.data.fixtureError", containsString("b.yaml"));
    }

    @Test
    void aFileWithJobIdsAnyDeclaresIdsOfAnyShape() throws IOException {
        write("b.yaml", "job_ids: any\njobs:\n  - id: clip-1\n    status: completed\n    key: sk-refusal\n");
        reload().body("error", nullValue());
        given().header("Authorization", "Bearer sk-refusal").get("/v1/videos/clip-1").then().statusCode(200);
        write("b.yaml", "job_ids: loose\njobs: []\n");
        reload().body("error", containsString("b.yaml:1: field job_ids: job_ids must be one of [profile, any], not 'loose'"));
    }

    @Test
    void readinessIsDownWhileAFileIsRefusedAndUpOnceItIsFixed() throws IOException {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        write("b.yaml", "jobs:\n  - id: video_9\n    status: done\n");
        reload().body("error", containsString("b.yaml:2: field jobs[0].status"));
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        write("b.yaml", "jobs:\n  - id: video_9\n    status: completed\n");
        reload().body("error", nullValue());
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theBoundsThemselvesAreAccepted() throws IOException {
        write("b.yaml", "jobs:\n  - {id: video_p0, key: sk-refusal, status: in_progress, progress: 0}\n"
                + "  - {id: video_p100, key: sk-refusal, status: failed, progress: 100}\n"
                + "  - {id: video_s1, key: sk-refusal, status: completed, seconds: 1}\n"
                + "  - {id: video_s600, key: sk-refusal, status: completed, seconds: 600, size: 1x1}\n"
                + "  - {id: video_e0, key: sk-refusal, status: completed, completed: -1m, expires: -1m}\n"
                + "  - {id: video_abs, key: sk-refusal, status: completed, created: '2026-01-01T00:00:00Z',"
                + " completed: '2026-01-01T00:01:00Z'}\n");
        reload().body("error", nullValue());
        given().header("Authorization", "Bearer sk-refusal").get("/v1/videos/video_p100").then()
                .body("progress", equalTo(100)).body("status", equalTo("failed"));
        given().header("Authorization", "Bearer sk-refusal").get("/v1/videos/video_s600").then()
                .body("seconds", equalTo("600")).body("size", equalTo("1x1"));
        given().header("Authorization", "Bearer sk-refusal").get("/v1/videos/video_e0/content").then()
                .statusCode(404);
        given().header("Authorization", "Bearer sk-refusal").get("/v1/videos/video_abs").then()
                .body("created_at", equalTo(1767225600)).body("completed_at", equalTo(1767225660));
    }
}
