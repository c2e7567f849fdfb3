package dev.videoapiemulator.scenario;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.FixtureDirectory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fixture files are reloaded when they change; a bad file is refused by name, line and field. */
@QuarkusTest
@TestProfile(FixtureReloadTest.TempFixtures.class)
class FixtureReloadTest {

    /** A fixed path: the profile and the test are loaded by different class loaders. */
    static final Path DIR = Path.of("target", "fixtures-reload-test");

    public static class TempFixtures extends FixtureDirectory {
        public TempFixtures() {
            super(DIR, "emulator.fixtures.watch-interval", "100ms");
        }
    }

    private final Emulator client = Emulator.freshKey();

    @BeforeEach
    void startEmpty() throws IOException {
        try (var old = Files.list(DIR)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        given().post("/__emulator/fixtures/reload").then().body("error", nullValue());
    }

    private static void write(String name, String content) throws IOException {
        Files.writeString(DIR.resolve(name), content);
    }

    @Test
    void aChangedFileIsPickedUpAndABadOneKeepsTheLastGoodSet() throws IOException {
        write("chaos.yaml", "scenarios:\n  - name: teapot\n    match:\n      prompt_contains: \"[tea]\"\n"
                + "    respond:\n      status: 418\n");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/__emulator/fixtures").then().body("scenarios", equalTo(1)));
        assertError(client.request().multiPart("prompt", "[tea]").post("/v1/videos").then(), 418,
                "invalid_request_error", null, null);

        write("chaos.yaml", "scenarios:\n  - name: teapot\n    match:\n      prompt_contains: \"[tea]\"\n"
                + "    respond:\n      status: 418\n      colour: green\n");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/__emulator/fixtures").then().body("error", containsString("chaos.yaml:")));
        given().get("/__emulator/fixtures").then()
                .body("error", containsString("scenarios[0].respond"))
                .body("error", containsString("unknown field 'colour'"))
                .body("scenarios", equalTo(1));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'emulator' }.data.fixtureError", containsString("chaos.yaml"));
        assertError(client.request().multiPart("prompt", "[tea]").post("/v1/videos").then(), 418,
                "invalid_request_error", null, null);

        Files.delete(DIR.resolve("chaos.yaml"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/__emulator/fixtures").then().body("scenarios", equalTo(0)).body("error", nullValue()));
        client.request().multiPart("prompt", "[tea]").post("/v1/videos").then().statusCode(200);
    }

    @Test
    void semanticErrorsNameTheField() throws IOException {
        write("bad.json", "{\n  \"scenarios\": [\n    {\"name\": \"x\", \"match\": {\"probability\": 2},"
                + " \"respond\": {\"status\": 500}}\n  ]\n}\n");
        given().post("/__emulator/fixtures/reload").then().statusCode(200)
                .body("error", containsString("bad.json:3"))
                .body("error", containsString("field scenarios[0].match"))
                .body("error", containsString("probability must be between 0 and 1"));
        write("bad.json", "{\"keys\": [{\"key\": \"sk-a\", \"requests_per_minute\": \"lots\"}]}");
        given().post("/__emulator/fixtures/reload").then().body("error", containsString("keys[0].requests_per_minute"));
        Files.delete(DIR.resolve("bad.json"));
        given().post("/__emulator/fixtures/reload").then().body("error", nullValue());
    }
}
