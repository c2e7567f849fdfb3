package dev.videoapiemulator.control;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** /__emulator/reset puts everything, or one part, back to the start; the clock never runs back under a job. */
@QuarkusTest
class ResetTest {

    private final Emulator client = Emulator.freshKey();

    private void journalOf(Emulator emulator, int size) {
        given().queryParam("key", emulator.key()).get("/__emulator/journal").then().body("data.size()", equalTo(size));
    }

    @Test
    void resetsEverything() {
        String id = client.create("prompt", "doomed");
        Emulator.advanceClock(Duration.ofHours(2));
        given().post("/__emulator/reset").then().statusCode(200)
                .body("parts", hasItems("jobs", "journal", "clock"));
        given().get("/__emulator/jobs/" + id).then().statusCode(404);
        journalOf(client, 0);
        given().get("/__emulator/clock").then().body("frozen", equalTo(false))
                .body("offset_ms", lessThan(1000));
    }

    @Test
    void resetsOnlyTheJobs() {
        String id = client.create("prompt", "doomed");
        given().queryParam("part", "jobs").post("/__emulator/reset").then().statusCode(200)
                .body("parts", contains("jobs"));
        assertError(client.get(id), 404, "invalid_request_error", null, null);
        journalOf(client, 2);
    }

    @Test
    void resetsOnlyTheJournal() {
        String id = client.create("prompt", "kept");
        given().queryParam("part", "journal").post("/__emulator/reset").then().statusCode(200);
        journalOf(client, 0);
        client.get(id).statusCode(200);
    }

    @Test
    void clockGoesBackOnlyWhenNoJobLivesAhead() {
        given().post("/__emulator/reset").then().statusCode(200);
        client.create("prompt", "lives on the advanced clock");
        Emulator.advanceClock(Duration.ofHours(1));
        assertError(given().queryParam("part", "clock").post("/__emulator/reset").then(), 409,
                "invalid_request_error", null, "clock_in_use");
        assertError(given().post("/__emulator/clock/reset").then(), 409, "invalid_request_error", null,
                "clock_in_use");
        given().queryParam("part", "jobs").post("/__emulator/reset").then().statusCode(200);
        given().post("/__emulator/clock/reset").then().statusCode(200).body("frozen", equalTo(false))
                .body("offset_ms", lessThan(1000));
    }

    @Test
    void clockResetThawsAndIsFreeWhenNothingWouldGoBack() {
        given().post("/__emulator/clock/freeze").then().statusCode(200).body("frozen", equalTo(true));
        given().post("/__emulator/clock/reset").then().statusCode(200).body("frozen", equalTo(false));
    }

    @Test
    void refusesAnUnknownPart() {
        assertError(given().queryParam("part", "everything").post("/__emulator/reset").then(), 400,
                "invalid_request_error", "part", "invalid_value")
                .body("error.message", startsWith("Invalid value: 'everything'. Supported values are: "))
                .body("error.message", containsString("'jobs'"));
    }
}
