package dev.videoapiemulator.ui;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.control.AdminTokenTest;
import dev.videoapiemulator.control.ControlToken;
import dev.videoapiemulator.support.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * With an admin token the dashboard and its event stream answer only to it: once as ?token=, which
 * sets an HttpOnly cookie, then by that cookie. Without it they answer the control API's JSON 401.
 */
@QuarkusTest
@TestProfile(AdminTokenTest.WithToken.class)
class DashboardTokenTest {

    @Test
    void refusesThePageAndTheStreamWithoutTheToken() {
        assertError(given().accept("text/html").get("/__emulator/ui").then(), 401, "invalid_request_error", null,
                "invalid_admin_token");
        assertError(given().get("/__emulator/ui/events").then(), 401, "invalid_request_error", null,
                "invalid_admin_token");
        assertError(given().queryParam("token", "wrong").get("/__emulator/ui").then(), 401, "invalid_request_error",
                null, "invalid_admin_token");
        // The query parameter opens the page only: it is no way into the rest of the control API.
        assertError(given().queryParam("token", AdminTokenTest.TOKEN).get("/__emulator/jobs").then(), 401,
                "invalid_request_error", null, "invalid_admin_token");
    }

    @Test
    void theTokenOnceSetsAnHttpOnlyCookieThatOpensThePageTheStreamAndTheApi() {
        given().redirects().follow(false).queryParam("token", AdminTokenTest.TOKEN).get("/__emulator/ui").then()
                .statusCode(303).header("Location", containsString("/__emulator/ui"))
                .header("Set-Cookie", startsWith(ControlToken.COOKIE + "="))
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"));
        given().cookie(ControlToken.COOKIE, AdminTokenTest.TOKEN).get("/__emulator/ui").then().statusCode(200)
                .contentType(containsString("text/html"));
        given().cookie(ControlToken.COOKIE, AdminTokenTest.TOKEN).get("/__emulator/jobs").then().statusCode(200);
    }

    @Test
    void theBrowserWorksWithTheTokenAndIsRefusedWithout() {
        try (Browser browser = Browser.start()) {
            browser.open("/__emulator/ui");
            assertTrue(browser.driver().getPageSource().contains("invalid_admin_token"), "refused without the token");

            browser.open("/__emulator/ui?token=" + AdminTokenTest.TOKEN);
            browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.textToBe(By.id("live"), "live"));
            browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.urlMatches(".*/__emulator/ui(#.*)?$"));
            assertTrue(!browser.driver().findElement(By.id("result")).getAttribute("class").contains("error"),
                    browser.driver().findElement(By.id("result")).getText());

            browser.driver().manage().deleteAllCookies();
            browser.open("/__emulator/ui");
            assertTrue(browser.driver().getPageSource().contains("invalid_admin_token"), "refused once the cookie is gone");
        }
    }
}
