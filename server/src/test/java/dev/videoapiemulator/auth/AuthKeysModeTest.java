package dev.videoapiemulator.auth;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.videoapiemulator.support.ConfigOverrides;
import dev.videoapiemulator.support.KlingTokens;
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
    void aTokenOfAnAccessKeyWithASecretPassesAndAnUnknownIssuerIs1002() {
        given().header("Authorization", KlingTokens.bearer(KlingTokens.valid(KlingTokens.ACCESS_KEY,
                KlingTokens.SECRET))).get("/kling-official/v1/videos/text2video").then().statusCode(200);
        given().header("Authorization", KlingTokens.bearer(KlingTokens.valid("ak-not-listed", "s")))
                .get("/kling-official/v1/videos/text2video").then().statusCode(401).body("code", equalTo(1002))
                .body("message", equalTo("Authorization is invalid: no access key 'ak-not-listed' is known here."));
        // A configured key has no secret, so no token can be checked against it.
        given().header("Authorization", KlingTokens.bearer(KlingTokens.valid("sk-configured-1", "s")))
                .get("/kling-official/v1/videos/text2video").then().statusCode(401).body("code", equalTo(1002));
    }

    @Test
    void missingKeyIs401() {
        assertError(given().get("/v1/videos").then(), 401, "invalid_request_error", null, "invalid_api_key");
    }
}
