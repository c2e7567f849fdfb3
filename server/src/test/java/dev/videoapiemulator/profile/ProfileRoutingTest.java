package dev.videoapiemulator.profile;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileRoutingTest {

    private final Emulator client = Emulator.freshKey();

    @Test
    void theOfficialApiAnswersAtTheBarePathAndUnderItsPrefix() {
        String id = client.request().multiPart("prompt", "prefixed").post("/openai/v1/videos").then().statusCode(200)
                .extract().path("id");
        client.get(id).statusCode(200).body("prompt", equalTo("prefixed"));
        client.request().get("/openai/v1/videos/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void unknownProfileIs404ListingTheProfiles() {
        assertError(client.request().get("/nosuch/v1/videos").then(), 404, "invalid_request_error", null, null)
                .body("error.message", startsWith("Unknown profile 'nosuch'. The profiles are: 'openai'"))
                .body("error.message", containsString("GET /profiles"));
    }

    @Test
    void profilesAreListedWithTheirBaseUrls() {
        given().get("/profiles").then().statusCode(200)
                .body("object", equalTo("list"))
                .body("data.name", hasItem("openai"))
                .body("data.find { it.name == 'openai' }.base_url", containsString("/openai/v1"))
                .body("data.find { it.name == 'openai' }.default", equalTo(true));
    }

    @Test
    void theKeyIsCheckedBeforeTheProfile() {
        assertError(given().get("/openai/v1/videos").then(), 401, "invalid_request_error", null, "invalid_api_key");
    }
}
