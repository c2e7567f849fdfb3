package dev.videoapiemulator.control;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;

import dev.videoapiemulator.support.ConfigOverrides;
import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With emulator.control.token set, the control API answers only to that token; the API itself is unchanged. */
@QuarkusTest
@TestProfile(AdminTokenTest.WithToken.class)
public class AdminTokenTest {

    public static final String TOKEN = "admin-secret-42";

    public static class WithToken extends ConfigOverrides {
        public WithToken() {
            super("emulator.control.token", TOKEN);
        }
    }

    @Test
    void refusesControlCallsWithoutTheToken() {
        assertError(given().get("/__emulator/clock").then(), 401, "invalid_request_error", null,
                "invalid_admin_token");
        assertError(given().post("/__emulator/reset").then(), 401, "invalid_request_error", null,
                "invalid_admin_token");
        assertError(given().get("/__emulator/jobs/video_x").then(), 401, "invalid_request_error", null,
                "invalid_admin_token");
        assertError(given().header("Authorization", "Bearer wrong").get("/__emulator/journal").then(), 401,
                "invalid_request_error", null, "invalid_admin_token");
        assertError(given().header(AdminTokenFilter.TOKEN_HEADER, TOKEN + "x").get("/__emulator/journal").then(),
                401, "invalid_request_error", null, "invalid_admin_token");
    }

    @Test
    void acceptsTheTokenAsBearerOrHeader() {
        given().header("Authorization", "Bearer " + TOKEN).get("/__emulator/clock").then().statusCode(200);
        given().header(AdminTokenFilter.TOKEN_HEADER, TOKEN).get("/__emulator/journal").then().statusCode(200);
        given().header(AdminTokenFilter.TOKEN_HEADER, TOKEN).queryParam("part", "journal").post("/__emulator/reset")
                .then().statusCode(200);
    }

    @Test
    void caDownloadIsBehindTheTokenAndMissingWhileHttpsIsOff() {
        assertError(given().get("/__emulator/tls/ca.pem").then(), 401, "invalid_request_error", null,
                "invalid_admin_token");
        assertError(given().header(AdminTokenFilter.TOKEN_HEADER, TOKEN).get("/__emulator/tls/ca.pem").then(), 404,
                "invalid_request_error", null, null);
    }

    @Test
    void leavesTheApiAlone() {
        Emulator.freshKey().request().get("/v1/videos").then().statusCode(200);
    }
}
