package dev.videoapiemulator.auth;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The default mode: any non-empty bearer key passes; no key, an empty key or another scheme is 401. */
@QuarkusTest
class AuthAnyModeTest {

    @Test
    void anyBearerKeyPasses() {
        given().header("Authorization", "Bearer whatever-" + System.nanoTime()).get("/v1/videos").then()
                .statusCode(200).body("object", equalTo("list"));
        given().header("Authorization", "bearer lower-case-scheme").get("/v1/videos").then().statusCode(200);
    }

    @Test
    void missingKeyIs401WithOpenAisWording() {
        assertError(given().get("/v1/videos").then(), 401, "invalid_request_error", null, "invalid_api_key")
                .body("error.message", startsWith("You didn't provide an API key."));
    }

    @Test
    void emptyKeyOrOtherSchemeIs401() {
        assertError(given().header("Authorization", "Bearer ").get("/v1/videos").then(), 401,
                "invalid_request_error", null, "invalid_api_key");
        assertError(given().header("Authorization", "Basic dXNlcjpwYXNz").post("/v1/videos").then(), 401,
                "invalid_request_error", null, "invalid_api_key");
    }

    @Test
    void healthAndDocsNeedNoKey() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
