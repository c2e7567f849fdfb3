package dev.videoapiemulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * fixtures/schema.json (the repository root's, above this module), which editors validate against,
 * names exactly the fields the loader reads.
 */
class FixtureSchemaTest {

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();

    @ParameterizedTest
    @CsvSource({
            "'',            dev.videoapiemulator.scenario.FixtureFile",
            "key,           dev.videoapiemulator.scenario.ApiKeyFixture",
            "timings,       dev.videoapiemulator.scenario.Timings",
            "scenario,      dev.videoapiemulator.scenario.Scenario",
            "match,         dev.videoapiemulator.scenario.ScenarioMatch",
            "respond,       dev.videoapiemulator.scenario.RequestAnswer",
            "job,           dev.videoapiemulator.scenario.JobAnswer",
            "download,      dev.videoapiemulator.scenario.DownloadAnswer",
            "error,         dev.videoapiemulator.scenario.ErrorSpec",
            "webhook,       dev.videoapiemulator.scenario.WebhookEndpoint",
            "webhookAnswer, dev.videoapiemulator.scenario.WebhookAnswer",
            "declaredJob,   dev.videoapiemulator.scenario.JobFixture"})
    void schemaPropertiesAreTheRecordsFields(String definition, Class<? extends Record> type) throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("..", "fixtures", "schema.json").toFile());
        JsonNode node = definition.isEmpty() ? schema : schema.path("$defs").path(definition);
        Set<String> inSchema = new TreeSet<>();
        node.path("properties").fieldNames().forEachRemaining(inSchema::add);
        Set<String> inRecord = new TreeSet<>();
        Arrays.stream(type.getRecordComponents()).map(c -> SNAKE.translate(c.getName())).forEach(inRecord::add);
        assertEquals(inRecord, inSchema, definition.isEmpty() ? "top level" : definition);
    }
}
