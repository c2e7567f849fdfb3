package dev.videoapiemulator.dialect.kling;

import static dev.videoapiemulator.support.PromptRules.assertPromptRule;
import static dev.videoapiemulator.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.request.RequestFields;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Kling relay's rules table: defaults, enumerations and numeric bounds, with the exact errors. */
class KlingRulesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String MODELS = "'kling-v1', 'kling-v1-6', 'kling-v2-master', 'kling-v2-1-master',"
            + " 'kling-v2-5-turbo', and 'kling-v2-6'";

    @Test
    void modelDefaultsToKlingV1() {
        assertEquals("kling-v1", KlingRules.model(Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource({"kling-v1", "kling-v1-6", "kling-v2-master", "kling-v2-1-master", "kling-v2-5-turbo", "kling-v2-6"})
    void everyListedModelIsAccepted(String model) {
        assertEquals(model, KlingRules.model(Optional.of(model)));
    }

    @ParameterizedTest
    @CsvSource({"kling-v3", "KLING-V1", "'kling-v1 '", "''", "sora-2"})
    void otherModelsAreRefusedWithTheList(String model) {
        assertRefused(() -> KlingRules.model(Optional.of(model)), "model", "invalid_value",
                "Invalid value: '" + model + "'. Supported values are: " + MODELS + ".");
    }

    @Test
    void promptsOfOneTo2500CharactersAndSpacesArePrompts() {
        assertPromptRule(KlingRules::prompt, 2500, false);
    }

    @Test
    void responseFormatMayBeAbsentOrUrl() {
        KlingRules.responseFormat(Optional.empty());
        KlingRules.responseFormat(Optional.of("url"));
    }

    @ParameterizedTest
    @CsvSource({"b64_json", "URL", "''"})
    void otherResponseFormatsAreRefused(String format) {
        assertRefused(() -> KlingRules.responseFormat(Optional.of(format)), "response_format", "invalid_value",
                "Invalid value: '" + format + "'. Supported values are: 'url'.");
    }

    @ParameterizedTest
    @CsvSource({"128, 128", "129, 130", "641, 642", "480, 480", "4095, 4096", "4096, 4096"})
    void oddSidesRoundUpToEven(long pixels, int even) {
        assertEquals(even, KlingRules.even(pixels));
    }

    @ParameterizedTest
    @CsvSource({"DURATION, 5", "WIDTH, 1280", "HEIGHT, 720", "FPS, 30", "N, 1"})
    void absentNumbersTakeTheirDefault(KlingRules.Numeric numeric, long fallback) {
        assertEquals(Optional.of(fallback), numeric.read(json("{}")));
    }

    @Test
    void seedHasNoDefault() {
        assertEquals(Optional.empty(), KlingRules.Numeric.SEED.read(json("{}")));
    }

    @ParameterizedTest
    @CsvSource({
            "DURATION, duration, 1",
            "DURATION, duration, 10",
            "WIDTH,    width,    128",
            "WIDTH,    width,    4096",
            "HEIGHT,   height,   128",
            "HEIGHT,   height,   4096",
            "FPS,      fps,      1",
            "FPS,      fps,      60",
            "SEED,     seed,     0",
            "SEED,     seed,     2147483647",
            "N,        n,        1"})
    void numbersAtTheirBoundsAreAccepted(KlingRules.Numeric numeric, String param, long value) {
        assertEquals(Optional.of(value), numeric.read(json("{\"" + param + "\":" + value + "}")));
    }

    @ParameterizedTest
    @CsvSource({
            "DURATION, duration, 0,  1",
            "WIDTH,    width,    127, 128",
            "HEIGHT,   height,   127, 128",
            "FPS,      fps,      0,  1",
            "SEED,     seed,     -1, 0",
            "N,        n,        0,  1"})
    void numbersJustBelowTheirMinimumAreRefused(KlingRules.Numeric numeric, String param, long value, long min) {
        assertRefused(() -> numeric.read(json("{\"" + param + "\":" + value + "}")), param,
                "integer_below_min_value", "Invalid '" + param + "': integer below minimum value. Expected a value >= "
                        + min + ", but got " + value + " instead.");
    }

    @ParameterizedTest
    @CsvSource({
            "DURATION, duration, 11,         10",
            "WIDTH,    width,    4097,       4096",
            "HEIGHT,   height,   4097,       4096",
            "FPS,      fps,      61,         60",
            "SEED,     seed,     2147483648, 2147483647",
            "N,        n,        2,          1"})
    void numbersJustAboveTheirMaximumAreRefused(KlingRules.Numeric numeric, String param, long value, long max) {
        assertRefused(() -> numeric.read(json("{\"" + param + "\":" + value + "}")), param,
                "integer_above_max_value", "Invalid '" + param + "': integer above maximum value. Expected a value <= "
                        + max + ", but got " + value + " instead.");
    }

    @ParameterizedTest
    @CsvSource({"5.0, 5", "10.0, 10", "1.0, 1", "'\"7\"', 7"})
    void durationTakesWholeNumbersWrittenAnyWay(String written, long seconds) {
        assertEquals(Optional.of(seconds), KlingRules.Numeric.DURATION.read(json("{\"duration\":" + written + "}")));
    }

    @ParameterizedTest
    @CsvSource({"5.5", "0.5", "10.25"})
    void durationRefusesAFraction(String written) {
        assertRefused(() -> KlingRules.Numeric.DURATION.read(json("{\"duration\":" + written + "}")), "duration",
                "invalid_value", "Invalid 'duration': expected a whole number of seconds, but got " + written
                        + " instead.");
    }

    @Test
    void aWholeDurationOutOfRangeIsABoundsError() {
        assertRefused(() -> KlingRules.Numeric.DURATION.read(json("{\"duration\":11.0}")), "duration",
                "integer_above_max_value", "Invalid 'duration': integer above maximum value. Expected a value <= 10,"
                        + " but got 11 instead.");
    }

    @ParameterizedTest
    @CsvSource({"1e20, integer_above_max_value, 'integer above maximum value. Expected a value <= 10, but got 100000000000000000000'",
            "-1e20, integer_below_min_value, 'integer below minimum value. Expected a value >= 1, but got -100000000000000000000'"})
    void aDurationBeyondWhatALongHoldsIsReportedAsWritten(String written, String code, String message) {
        assertRefused(() -> KlingRules.Numeric.DURATION.read(json("{\"duration\":" + written + "}")), "duration",
                code, "Invalid 'duration': " + message + " instead.");
    }

    @Test
    void integerFieldsTakeNumericText() {
        // multipart sends every value as text
        assertEquals(Optional.of(641L), KlingRules.Numeric.WIDTH.read(json("{\"width\":\"641\"}")));
    }

    private static RequestFields json(String body) {
        return RequestFields.fromJson(MAPPER, body.getBytes(StandardCharsets.UTF_8));
    }
}
