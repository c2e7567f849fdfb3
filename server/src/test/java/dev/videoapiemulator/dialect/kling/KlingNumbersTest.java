package dev.videoapiemulator.dialect.kling;

import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static org.hamcrest.Matchers.equalTo;

import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** duration, width, height, fps, seed and n: both sides of each bound, as JSON numbers and as multipart text. */
@QuarkusTest
class KlingNumbersTest {

    private final Emulator client = Emulator.freshKey();

    private ValidatableResponse json(String field, Object value) {
        return client.request().contentType(ContentType.JSON).body(Map.of("prompt", "bounds", field, value))
                .post(KlingCreateTest.VIDEOS).then();
    }

    private ValidatableResponse multipart(String field, String value) {
        return client.request().multiPart("prompt", "bounds").multiPart(field, value).post(KlingCreateTest.VIDEOS)
                .then();
    }

    @ParameterizedTest
    @CsvSource({"duration, 1, 10", "width, 128, 4096", "height, 128, 4096", "fps, 1, 60", "seed, 0, 2147483647",
            "n, 1, 1"})
    void eachBoundIsInclusiveAndOneBeyondIsRefused(String field, long min, long max) {
        json(field, min).statusCode(200);
        json(field, max).statusCode(200);
        multipart(field, String.valueOf(min)).statusCode(200);
        multipart(field, String.valueOf(max)).statusCode(200);
        assertInvalid(json(field, min - 1), field, "integer_below_min_value", "Invalid '" + field + "': integer below"
                + " minimum value. Expected a value >= " + min + ", but got " + (min - 1) + " instead.");
        assertInvalid(multipart(field, String.valueOf(max + 1)), field, "integer_above_max_value", "Invalid '" + field
                + "': integer above maximum value. Expected a value <= " + max + ", but got " + (max + 1)
                + " instead.");
    }

    @ParameterizedTest
    @CsvSource({"width, 1280", "height, 720", "fps, 30", "n, 1", "seed, 20231234"})
    void integersRefuseFractionsAndText(String field, String example) {
        multipart(field, example).statusCode(200);
        assertInvalid(multipart(field, example + ".5"), field, "invalid_type",
                "Invalid '" + field + "': expected an integer, but got '" + example + ".5' instead.");
        assertInvalid(multipart(field, "lots"), field, "invalid_type",
                "Invalid '" + field + "': expected an integer, but got 'lots' instead.");
        assertInvalid(json(field, true), field, "invalid_type",
                "Invalid type for '" + field + "': expected an integer, but got a boolean instead.");
        assertInvalid(json(field, 1.5), field, "invalid_type",
                "Invalid type for '" + field + "': expected an integer, but got a number instead.");
    }

    @Test
    void durationIsANumberOfWholeSeconds() {
        json("duration", 5).statusCode(200).body("seconds", equalTo("5"));
        json("duration", 10.0).statusCode(200).body("seconds", equalTo("10"));
        json("duration", "7").statusCode(200).body("seconds", equalTo("7"));
        multipart("duration", "3.0").statusCode(200).body("seconds", equalTo("3"));
        assertInvalid(json("duration", 5.5), "duration", "invalid_value",
                "Invalid 'duration': expected a whole number of seconds, but got 5.5 instead.");
        assertInvalid(multipart("duration", "five"), "duration", "invalid_type",
                "Invalid type for 'duration': expected a number, but got a string instead.");
        assertInvalid(json("duration", 0.5), "duration", "invalid_value",
                "Invalid 'duration': expected a whole number of seconds, but got 0.5 instead.");
    }

    @Test
    void sizeIsWidthByHeightWithOddSidesRoundedUp() {
        client.request().contentType(ContentType.JSON).body(Map.of("prompt", "p", "width", 720, "height", 1280))
                .post(KlingCreateTest.VIDEOS).then().statusCode(200).body("size", equalTo("720x1280"));
        client.request().contentType(ContentType.JSON).body(Map.of("prompt", "p", "width", 129, "height", 4095))
                .post(KlingCreateTest.VIDEOS).then().statusCode(200).body("size", equalTo("130x4096"));
        json("width", 640).statusCode(200).body("size", equalTo("640x720"));
        json("height", 480).statusCode(200).body("size", equalTo("1280x480"));
    }
}
