package dev.videoapiemulator.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is the build's bytes, in the format the extension would have chosen. */
@QuarkusTest
class DocumentRouteTest {

    private static final String JSON = "application/json;charset=UTF-8";
    private static final String YAML = "application/yaml;charset=UTF-8";

    @Test
    void servesTheBuiltYamlByDefault() {
        assertServed(given().get("/q/openapi"), YAML, BuiltDocument.YAML);
        assertServed(given().get("/q/openapi.yaml"), YAML, BuiltDocument.YAML);
        assertServed(given().get("/q/openapi.yml"), YAML, BuiltDocument.YAML);
        assertServed(given().accept("text/html").get("/q/openapi"), YAML, BuiltDocument.YAML);
    }

    @Test
    void servesTheBuiltJsonWhenAskedForIt() {
        assertServed(given().queryParam("format", "json").get("/q/openapi"), JSON, BuiltDocument.JSON);
        assertServed(given().queryParam("format", "JSON").get("/q/openapi"), JSON, BuiltDocument.JSON);
        assertServed(given().accept("application/json").get("/q/openapi"), JSON, BuiltDocument.JSON);
        assertServed(given().get("/q/openapi.json"), JSON, BuiltDocument.JSON);
    }

    @Test
    void headAnswersTheTypeWithoutTheBody() {
        given().head("/q/openapi?format=json").then().statusCode(200).header("Content-Type", equalTo(JSON))
                .body(emptyString());
    }

    @Test
    void theExtensionFindsNoDocumentThroughTheHidingLoader() {
        ClassLoader hiding = BuiltDocument.hiding(getClass().getClassLoader());
        assertNull(hiding.getResourceAsStream(BuiltDocument.JSON));
        assertNull(hiding.getResource(BuiltDocument.YAML));
        assertNotNull(getClass().getClassLoader().getResource(BuiltDocument.JSON));
        assertNotNull(hiding.getResource("application.properties"));
    }

    private static void assertServed(Response response, String type, String resource) {
        response.then().statusCode(200).header("Content-Type", equalTo(type));
        assertArrayEquals(BuiltDocument.read(resource), response.asByteArray(), resource);
    }
}
