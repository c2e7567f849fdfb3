package dev.videoapiemulator.dialect.klingofficial;

import static dev.videoapiemulator.dialect.klingofficial.Kling.refused;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.support.KlingTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kling's codes for what the shared layers refuse: a key's rate limit is 429 1302; a scenario names
 * any of Kling's codes (429 1303 for concurrency, 400 1300/1301 for policies) or takes its status's
 * (500 5000).
 */
@QuarkusTest
class KlingOfficialErrorCodesTest {

    private final Kling kling = new Kling();

    private void scenario(String name, String respond) {
        given().header(ApiCaller.TEST_ID_HEADER, kling.testId).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"match\":{\"profile\":\"kling-official\",\"path\":"
                        + "\"/v1/videos/text2video\"},\"respond\":" + respond + "}")
                .post("/__emulator/scenarios").then().statusCode(201);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "429 | 1303 | Concurrency or QPS exceeds the prepaid resource package limit",
            "429 | 1302 | The API request is too fast",
            "400 | 1301 | Trigger the content security policy of the platform",
            "400 | 1300 | Trigger the strategy of the platform",
            "403 | 1103 | Unauthorized access to requested resource"})
    void aScenarioAnswersWithTheCodeItNames(int status, String code, String message) {
        scenario("code-" + code, "{\"status\":" + status + ",\"error\":{\"code\":\"" + code + "\",\"message\":\""
                + message + "\"}}");
        refused(kling.create("text2video", Map.of("prompt", "p")), status, Integer.parseInt(code))
                .body("message", equalTo(message));
        kling.created("image2video", Map.of("image", "https://example.com/a.png"));
    }

    @Test
    void aScenariosServerErrorIs5000() {
        scenario("down", "{\"status\":500}");
        refused(kling.create("text2video", Map.of("prompt", "p")), 500, 5000);
    }

    @Test
    void aKeyOverItsRateLimitIs1302() {
        String bearer = KlingTokens.bearer(KlingTokens.valid("ak-kling-limited", "kling-limited-secret"));
        given().header("Authorization", bearer).get(Kling.ROOT + "text2video").then().statusCode(200);
        refused(given().header("Authorization", bearer).get(Kling.ROOT + "text2video").then(), 429, 1302)
                .header("Retry-After", notNullValue());
    }
}
