package dev.videoapiemulator.health;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every dialect's paths, methods, operation ids, schema names and enumerations, as the served OpenAPI
 * document lists them, against the snapshot kept in src/test/resources/openapi-snapshot.txt: a refactor
 * cannot drop a relay path or change an enumeration silently. After an intended change, copy
 * target/openapi-snapshot.txt over the snapshot and review the diff.
 */
@QuarkusTest
class OpenApiSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/openapi-snapshot.txt");
    private static final Path ACTUAL = Path.of("target/openapi-snapshot.txt");

    @Test
    void theDocumentMatchesTheSnapshot() throws IOException {
        JsonNode document = document();
        String actual = String.join("\n", summary(document)) + "\n";
        Files.writeString(ACTUAL, actual, StandardCharsets.UTF_8);
        assertEquals(Files.readString(SNAPSHOT, StandardCharsets.UTF_8), actual,
                "the OpenAPI document changed; the new summary is in " + ACTUAL);
    }

    /** A generated client must find every schema the document names, and no reader of the server's own. */
    @Test
    void everyReferenceResolves() throws IOException {
        JsonNode document = document();
        List<String> dangling = new ArrayList<>();
        document.findValues("$ref").forEach(ref -> {
            String name = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
            if (!document.path("components").path("schemas").has(name)) {
                dangling.add(ref.asText());
            }
        });
        assertEquals(List.of(), dangling);
    }

    private static JsonNode document() throws IOException {
        return new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asByteArray());
    }

    private static List<String> summary(JsonNode document) {
        List<String> lines = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getValue().has("operationId")) {
                lines.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + op.getValue().path("operationId")
                        .asText());
            }
        }));
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> lines.add("schema " + name));
        document.path("components").path("schemas").fields().forEachRemaining(schema -> schema.getValue()
                .path("properties").fields().forEachRemaining(property -> {
                    if (property.getValue().has("enum")) {
                        lines.add("enum " + schema.getKey() + "." + property.getKey() + " "
                                + property.getValue().get("enum"));
                    }
                }));
        lines.sort(null);
        return lines;
    }
}
