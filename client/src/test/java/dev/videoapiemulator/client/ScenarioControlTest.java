package dev.videoapiemulator.client;

import static dev.videoapiemulator.client.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every scenario here is scoped to the test's own id, so it takes no other test's requests. */
class ScenarioControlTest extends IsolatedEmulatorTest {

    private final ScenarioControl scenarios = scoped.scenarios();

    ScenarioControlTest(RunningEmulator running) {
        super(running);
    }

    @Test
    void addFromYamlAnswersTheScenarioAndTakesRequests() {
        Scenario added = scenarios.add("""
                name: overloaded
                match: { method: POST, path: /v1/videos }
                respond: { status: 503 }
                """);
        assertEquals("overloaded", added.name());
        assertEquals("POST", added.match().get("method").asText());
        assertEquals(503, added.respond().get("status").asInt());
        assertEquals(503, api.postVideo("refused").statusCode());
    }

    @Test
    void addFromJson() {
        Scenario added = scenarios.add("""
                {"name": "json-one", "match": {"path": "/v1/videos"}, "respond": {"status": 500}}
                """);
        assertEquals("json-one", added.name());
        assertEquals(500, api.postVideo("refused").statusCode());
    }

    @Test
    void addFromAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("slow.yaml"), """
                name: from-file
                match: { method: POST }
                job: { outcome: failed }
                """);
        Scenario added = scenarios.add(file);
        assertEquals("from-file", added.name());
        assertTrue("failed".equalsIgnoreCase(added.job().get("outcome").asText()), added.job()::toString);
    }

    @Test
    void addFromTheBuilderAnswersItsErrorTheGivenTimes() {
        Scenario added = scenarios.add(NewScenario.named("rate-limited").method("POST").path("/v1/videos")
                .profile("openai").times(1).status(429).errorCode("rate_limit_exceeded").errorMessage("Slow down."));
        assertEquals(1, added.match().get("times").asInt());
        HttpResponse<String> refused = api.postVideo("limited");
        assertEquals(429, refused.statusCode());
        assertTrue(refused.body().contains("Slow down."), refused.body());
        assertTrue(refused.body().contains("rate_limit_exceeded"), refused.body());
        assertEquals(200, api.postVideo("let through").statusCode());
    }

    @Test
    void aScenarioWithoutAnAnswerIsRefused() {
        NewScenario answersNothing = NewScenario.named("answers-nothing").method("POST");
        EmulatorException refused = assertRefused(400, () -> scenarios.add(answersNothing));
        assertEquals("invalid_scenario", refused.code());
        assertTrue(refused.errorMessage().contains("a scenario needs respond"), refused.errorMessage());
    }

    @Test
    void malformedYamlIsRefused() {
        EmulatorException refused = assertRefused(400, () -> scenarios.add("name: x\nrespond: { colour: red }\n"));
        assertEquals("invalid_scenario", refused.code());
    }

    @Test
    void listShowsTheScopedTestsRuntimeScenarios() {
        scenarios.add(NewScenario.named("first").status(500));
        scenarios.add(NewScenario.named("second").status(502));
        assertEquals(List.of("first", "second"), names(scenarios.list()));
        assertEquals(List.of(), names(emulator.withTestId(Fresh.testId()).scenarios().list()));
    }

    @Test
    void deleteRemovesOneByName() {
        scenarios.add(NewScenario.named("kept").status(500));
        scenarios.add(NewScenario.named("gone").status(500));
        scenarios.delete("gone");
        assertEquals(List.of("kept"), names(scenarios.list()));
    }

    @Test
    void deleteOfAnUnknownNameIsA404() {
        assertRefused(404, () -> scenarios.delete("never-added"));
    }

    @Test
    void deleteAllRemovesTheScopedTestsScenarios() {
        scenarios.add(NewScenario.named("one").status(500));
        scenarios.add(NewScenario.named("two").status(500));
        scenarios.deleteAll();
        assertEquals(List.of(), scenarios.list().runtime());
        assertEquals(200, api.postVideo("no scenario left").statusCode());
    }

    private static List<String> names(ScenarioSet set) {
        return set.runtime().stream().map(Scenario::name).toList();
    }
}
