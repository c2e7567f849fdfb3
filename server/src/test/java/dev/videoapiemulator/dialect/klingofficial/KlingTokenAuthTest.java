package dev.videoapiemulator.dialect.klingofficial;

import static dev.videoapiemulator.dialect.klingofficial.Kling.refused;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.videoapiemulator.support.KlingTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kling's token checks with tokens made here: the fixture access key ak-kling-test
 * (fixtures-test/kling-official.json) has its signature checked; every token has its times checked
 * against the wall clock; each refusal has Kling's own code and HTTP 401.
 */
@QuarkusTest
class KlingTokenAuthTest {

    private static final String LIST = "/kling-official/v1/videos/text2video";

    private static ValidatableResponse list(String authorization) {
        return given().header("Authorization", authorization).get(LIST).then();
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    @Test
    void aTokenSignedWithTheSecretPasses() {
        list(KlingTokens.bearer(KlingTokens.valid(KlingTokens.ACCESS_KEY, KlingTokens.SECRET))).statusCode(200)
                .body("code", equalTo(0));
    }

    @Test
    void aTokenSignedWithAnotherSecretIs1000() {
        refused(list(KlingTokens.bearer(KlingTokens.valid(KlingTokens.ACCESS_KEY, "not-the-secret"))), 401, 1000)
                .body("message", equalTo("Authentication failed: the token's signature does not match the secret key"
                        + " of access key 'ak-kling-test'."));
    }

    @Test
    void noAuthorizationIs1001() {
        refused(given().get(LIST).then(), 401, 1001).body("message", startsWith("Authorization is empty"));
        refused(list("Basic abc"), 401, 1001);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ak-kling-test", "a.b", "a.b.c.d", "e30.e30.", "not base64.e30.c2ln"})
    void whatIsNoJwtIs1002(String bearer) {
        refused(list("Bearer " + bearer), 401, 1002).body("message", startsWith("Authorization is invalid: "));
    }

    @Test
    void aTokenWithoutHs256OrItsClaimsIs1002() {
        long exp = now() + 600;
        refused(list(KlingTokens.bearer(KlingTokens.sign("{\"alg\":\"none\"}", "{\"iss\":\"ak-kling-test\",\"exp\":"
                + exp + "}", KlingTokens.SECRET))), 401, 1002).body("message", equalTo("Authorization is invalid: the"
                        + " token's header must name alg HS256, but names \"none\"."));
        refused(list(KlingTokens.bearer(KlingTokens.sign("{\"alg\":\"HS256\"}", "{\"exp\":" + exp + "}",
                KlingTokens.SECRET))), 401, 1002).body("message", equalTo("Authorization is invalid: the token's"
                        + " payload has no iss (the access key)."));
        refused(list(KlingTokens.bearer(KlingTokens.sign("{\"alg\":\"HS256\"}", "{\"iss\":\"ak-kling-test\"}",
                KlingTokens.SECRET))), 401, 1002).body("message", equalTo("Authorization is invalid: the token's"
                        + " payload has no exp (Unix seconds)."));
        refused(list(KlingTokens.bearer(KlingTokens.sign("{\"alg\":\"HS256\"}", "{\"iss\":\"ak-kling-test\",\"exp\":"
                + exp + ",\"nbf\":\"soon\"}", KlingTokens.SECRET))), 401, 1002);
    }

    @Test
    void aTokenUsedBeforeItsNbfIs1003AndFromItPasses() {
        long now = now();
        refused(list(KlingTokens.bearer(KlingTokens.signed(KlingTokens.ACCESS_KEY, KlingTokens.SECRET, now + 1800,
                now + 60))), 401, 1003).body("message", startsWith("Authorization is not yet valid: the token's nbf ("
                        + (now + 60) + ")"));
        list(KlingTokens.bearer(KlingTokens.signed(KlingTokens.ACCESS_KEY, KlingTokens.SECRET, now + 1800, now - 1)))
                .statusCode(200);
    }

    @Test
    void aTokenAtOrPastItsExpIs1004() {
        long now = now();
        refused(list(KlingTokens.bearer(KlingTokens.signed(KlingTokens.ACCESS_KEY, KlingTokens.SECRET, now - 1,
                now - 60))), 401, 1004).body("message", startsWith("Authorization has expired: the token's exp ("
                        + (now - 1) + ")"));
        list(KlingTokens.bearer(KlingTokens.signed(KlingTokens.ACCESS_KEY, KlingTokens.SECRET, now + 30, now - 60)))
                .statusCode(200);
    }

    @Test
    void inAnyModeAnUnknownIssuerPassesUnsignedButItsTimesAreChecked() {
        long now = now();
        list(KlingTokens.bearer(KlingTokens.valid("ak-nobody-knows", "whatever"))).statusCode(200);
        refused(list(KlingTokens.bearer(KlingTokens.signed("ak-nobody-knows", "whatever", now - 1, now - 60))), 401,
                1004);
    }

    @Test
    void theTokensAccessKeyOwnsTheTasksWhicheverTokenItSigns() {
        String accessKey = "ak-owner-" + UUID.randomUUID();
        String id = given().header("Authorization", KlingTokens.bearer(KlingTokens.valid(accessKey, "s1")))
                .contentType(ContentType.JSON).body(Map.of("prompt", "p")).post(LIST).then().statusCode(200)
                .extract().path("data.task_id");
        given().header("Authorization", KlingTokens.bearer(KlingTokens.valid(accessKey, "s2"))).get(LIST + "/" + id)
                .then().statusCode(200).body("data.task_id", equalTo(id));
        refused(given().header("Authorization", KlingTokens.bearer(KlingTokens.valid("ak-other-" + UUID.randomUUID(),
                "s1"))).get(LIST + "/" + id).then(), 404, 1203);
    }

    @Test
    void aBoundAccessKeysTokenIsServedAsKlingAtTheBareV1() {
        String bearer = KlingTokens.bearer(KlingTokens.valid(KlingTokens.ACCESS_KEY, KlingTokens.SECRET));
        String id = given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of("prompt", "p"))
                .post("/v1/videos/text2video").then().statusCode(200).body("code", equalTo(0))
                .extract().path("data.task_id");
        given().header("Authorization", bearer).get("/v1/videos/text2video/" + id).then().statusCode(200)
                .body("data.task_id", equalTo(id));
        refused(list(KlingTokens.bearer(KlingTokens.valid(KlingTokens.ACCESS_KEY, "wrong"))), 401, 1000);
        refused(given().header("Authorization", KlingTokens.bearer(KlingTokens.valid(KlingTokens.ACCESS_KEY, "wrong")))
                .get("/v1/videos/text2video").then(), 401, 1000);
    }

    @Test
    void anUnboundTokenAtTheBareV1IsTheOfficialApi() {
        given().header("Authorization", KlingTokens.bearer(KlingTokens.valid("ak-unbound", "s")))
                .contentType(ContentType.JSON).body(Map.of("prompt", "p")).post("/v1/videos/text2video").then()
                .statusCode(405).body("error.code", equalTo("method_not_allowed"));
    }
}
