package dev.videoapiemulator.ui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.support.Browser;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard in a real browser: jobs appear and move without a reload, actions go through the
 * control API, the player plays and seeks, a refused scenario shows its line and field. Each test
 * works in a test id of its own, so other tests' clocks and jobs do not reach it.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNewJobAppearsWithinASecondAndItsProgressMoves() {
        String key = "sk-ui-" + UUID.randomUUID();
        browser.open("/__emulator/ui#jobs");
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.textToBe(By.id("live"), "live"));
        WebElement keyFilter = browser.driver().findElement(By.cssSelector("#job-filters [name=key]"));
        keyFilter.sendKeys(key);
        browser.driver().findElement(By.cssSelector("#job-filters button")).click();

        String id = create(key, UUID.randomUUID().toString());

        By row = By.cssSelector("#jobs tr[data-job-id='" + id + "']");
        browser.waiting(Duration.ofSeconds(1)).until(ExpectedConditions.presenceOfElementLocated(row));
        By bar = By.cssSelector("#jobs tr[data-job-id='" + id + "'] progress");
        String first = browser.waiting(Duration.ofSeconds(1)).until(driver -> driver.findElement(bar).getAttribute("value"));
        browser.waiting(Duration.ofSeconds(10)).until(driver -> {
            String now = driver.findElement(bar).getAttribute("value");
            return !now.equals(first) && Integer.parseInt(now) > 0;
        });
        browser.waiting(Duration.ofSeconds(10)).until(ExpectedConditions.attributeToBe(row, "data-status", "completed"));
        String shown = browser.waiting(Duration.ofSeconds(1)).until(driver -> driver.findElement(row).getText());
        assertTrue(shown.contains("****" + key.substring(key.length() - 4)), "keys are shown by their last 4 characters");
        assertTrue(!shown.contains(key), "the whole key is never shown");
        browser.screenshot("jobs");
    }

    @Test
    void failingAJobFromItsPageShowsItFailedAndTheApiAgrees() {
        // Held in progress, so it cannot complete on its own before the click.
        String id = openJobForcedBy("progress?value=40", "in_progress");

        browser.driver().findElement(By.cssSelector("#job-actions [name=code]")).clear();
        browser.driver().findElement(By.cssSelector("#job-actions [name=code]")).sendKeys("internal_error");
        browser.driver().findElement(By.cssSelector("[data-action=fail]")).click();

        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.textToBe(By.id("job-status"), "failed"));
        assertTrue(browser.driver().findElement(By.id("result")).getText().startsWith("fail: "));
        assertTrue(browser.driver().findElement(By.id("job-error")).getText().startsWith("internal_error: "));
        given().get("/__emulator/jobs/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("failed"))
                .body("error.code", org.hamcrest.Matchers.equalTo("internal_error"));
    }

    @Test
    void thePlayerPlaysAndSeeks() {
        openJobForcedBy("complete", "completed");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.waiting(Duration.ofSeconds(10)).until(driver ->
                (Long) js.executeScript("return document.getElementById('job-video').readyState;") >= 1);
        js.executeScript("const v = document.getElementById('job-video'); v.muted = true; v.play();");
        browser.waiting(Duration.ofSeconds(10)).until(driver -> ((Number) js.executeScript(
                "return document.getElementById('job-video').currentTime;")).doubleValue() > 0.2);
        browser.screenshot("job");

        js.executeScript("const v = document.getElementById('job-video'); v.pause(); v.currentTime = 3;");
        browser.waiting(Duration.ofSeconds(10)).until(driver -> (Boolean) js.executeScript(
                "const v = document.getElementById('job-video'); return !v.seeking && Math.abs(v.currentTime - 3) < 0.5;"));
        double duration = ((Number) js.executeScript("return document.getElementById('job-video').duration;"))
                .doubleValue();
        assertEquals(4.0, duration, 0.5, "the job's 4 seconds");
    }

    @Test
    void aRefusedScenarioShowsItsLineAndField() {
        browser.open("/__emulator/ui#scenarios");
        WebElement yaml = browser.waiting(Duration.ofSeconds(5))
                .until(ExpectedConditions.elementToBeClickable(By.id("scenario-yaml")));
        yaml.sendKeys("name: ui-bad\nmatch:\n  path: /v1/videos\nrespond:\n  status: abc\n");
        browser.driver().findElement(By.cssSelector("#scenario-form button")).click();

        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.textMatches(By.id("result"),
                java.util.regex.Pattern.compile("add scenario refused: 400: scenario\\.yaml:5: field respond\\.status: .*")));
        browser.screenshot("scenarios");
    }

    @Test
    void theJournalListsRequestsLiveAndShowsOneWithMaskedHeaders() {
        String key = "sk-ui-" + UUID.randomUUID();
        browser.open("/__emulator/ui#journal");
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.textToBe(By.id("live"), "live"));
        create(key, UUID.randomUUID().toString());
        By masked = By.xpath("//table[@id='journal']//td[text()='****" + key.substring(key.length() - 4) + "']");
        browser.waiting(Duration.ofSeconds(2)).until(ExpectedConditions.presenceOfElementLocated(masked));
        browser.screenshot("journal");

        browser.driver().findElement(By.xpath("//table[@id='journal']//tr[td[text()='****"
                + key.substring(key.length() - 4) + "']]//a")).click();
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.textMatches(By.id("entry-body-title"),
                java.util.regex.Pattern.compile("Body \\(\\d+ bytes.*")));
        String headers = browser.driver().findElement(By.id("entry-headers")).getText();
        assertTrue(headers.contains("Bearer ****" + key.substring(key.length() - 4)), headers);
        assertTrue(!headers.contains(key), "the key is masked");
    }

    /** A new job forced through the control API ({@code action}), then its page, once it shows {@code status}. */
    private static String openJobForcedBy(String action, String status) {
        String id = create("sk-ui-" + UUID.randomUUID(), UUID.randomUUID().toString());
        given().post("/__emulator/jobs/" + id + "/" + action).then().statusCode(200);
        browser.open("/__emulator/ui/jobs/" + id);
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.textToBe(By.id("job-status"), status));
        return id;
    }

    /** A job of the official profile in a test id of its own, on that test's own clock. */
    static String create(String key, String testId) {
        return given().header("Authorization", "Bearer " + key).header("X-Emulator-Test-Id", testId)
                .multiPart("prompt", "A dashboard cat").multiPart("seconds", "4")
                .post("/v1/videos").then().statusCode(200).extract().path("id");
    }
}
