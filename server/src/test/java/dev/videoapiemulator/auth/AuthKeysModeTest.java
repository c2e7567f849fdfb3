package dev.videoapiemulator.auth;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.videoapiemulator.support.ConfigOverrides;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * In keys mode only keys from configuration or fixture files pass. The fixture key is in the shared test
 * fixture set, src/test/resources/fixtures-test/auth-keys-mode.json.
 */
@QuarkusTest
@TestProfile(AuthKeysModeTest.KeysMode.class)
class AuthKeysModeTest {

    public static class KeysMode extends ConfigOverrides {
        public KeysMode() {
            super("emulator.auth.mode", "keys", "emulator.auth.keys", "sk-configured-1,sk-configured-2");
        }
    }

    @Test
    void configuredKeysPass() {
        given().header("Authorization", "Bearer sk-configured-2").get("/v1/videos").then().statusCode(200);
    }

    @Test
    void fixtureKeysPass() {
        given().header("Authorization", "Bearer sk-from-fixture").get("/v1/videos").then().statusCode(200)
                .body("object", equalTo("list"));
    }

    @Test
    void unknownKeyIs401AndMasked() {
        assertError(given().header("Authorization", "Bearer sk-not-listed-abcd").get("/v1/videos").then(), 401,
                "invalid_request_error", null, "invalid_api_key")
                .body("error.message", equalTo("Incorrect API key provided: sk-***********abcd. You can find your API"
                        + " key at https://platform.openai.com/account/api-keys."));
    }

    @Test
    void missingKeyIs401() {
        assertError(given().get("/v1/videos").then(), 401, "invalid_request_error", null, "invalid_api_key");
    }
}
