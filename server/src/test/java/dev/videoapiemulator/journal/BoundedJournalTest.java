package dev.videoapiemulator.journal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.SmallLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** The journal keeps the last emulator.journal.max-entries requests and drops the oldest. */
@QuarkusTest
@TestProfile(SmallLimits.class)
class BoundedJournalTest {

    @Test
    void keepsOnlyTheNewest() {
        given().delete("/__emulator/journal").then().statusCode(200);
        Emulator client = Emulator.freshKey();
        for (int limit = 1; limit <= 8; limit++) {
            client.request().get("/v1/videos?limit=" + limit).then().statusCode(200);
        }
        given().get("/__emulator/journal").then().statusCode(200)
                .body("data.query", contains("limit=8", "limit=7", "limit=6", "limit=5", "limit=4"))
                .body("has_more", equalTo(false));
        given().get("/__emulator/journal?limit=100").then().body("data.size()", equalTo(5));
    }
}
