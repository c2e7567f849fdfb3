package dev.videoapiemulator.dialect.openai;

import static dev.videoapiemulator.support.PromptRules.assertPromptRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ApiException;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row of the official rules table, accepted and refused, with the exact error a client sees. */
class OpenAiRulesTest {

    private final OpenAiRules standard = new OpenAiRules(false);
    private final OpenAiRules extended = new OpenAiRules(true);

    @ParameterizedTest
    @CsvSource({
            "'',                      sora-2",
            "sora-2,                  sora-2",
            "sora-2-pro,              sora-2-pro",
            "sora-2-2025-10-06,       sora-2-2025-10-06",
            "sora-2-pro-2025-10-06,   sora-2-pro-2025-10-06",
            "sora-2-2025-12-08,       sora-2-2025-12-08"})
    void modelsAccepted(String requested, String expected) {
        assertEquals(expected, standard.model(optional(requested)));
    }

    @ParameterizedTest
    @CsvSource({"sora-1-turbo", "SORA-2", "sora-3", "veo3"})
    void modelsRefused(String model) {
        assertRefused(r -> r.model(Optional.of(model)), "model", "invalid_value",
                "Invalid value: '" + model + "'. Supported values are: 'sora-2' and 'sora-2-pro'.");
    }

    @ParameterizedTest
    @CsvSource({
            "sora-2,     '',         720,  1280",
            "sora-2,     720x1280,   720,  1280",
            "sora-2,     1280x720,   1280, 720",
            "sora-2-pro, 720x1280,   720,  1280",
            "sora-2-pro, 1280x720,   1280, 720",
            "sora-2-pro, 1024x1792,  1024, 1792",
            "sora-2-pro, 1792x1024,  1792, 1024",
            "sora-2-pro-2025-10-06, 1792x1024, 1792, 1024"})
    void sizesAccepted(String model, String size, int width, int height) {
        OpenAiRules.SizeRow row = standard.size(model, optional(size));
        assertEquals(width, row.width());
        assertEquals(height, row.height());
    }

    @ParameterizedTest
    @CsvSource({"1080x1080", "640x360", "1920x1080", "720X1280", "'720x1280 '"})
    void unknownSizesListEverySize(String size) {
        assertRefused(r -> r.size("sora-2-pro", Optional.of(size)), "size", "invalid_value",
                "Invalid value: '" + size + "'. Supported values are: '720x1280', '1280x720', '1024x1792', and"
                        + " '1792x1024'.");
    }

    @ParameterizedTest
    @CsvSource({"sora-2, 1024x1792", "sora-2, 1792x1024", "sora-2-2025-12-08, 1024x1792"})
    void proSizesOnStandardModelsListThatModelsSizes(String model, String size) {
        assertRefused(r -> r.size(model, Optional.of(size)), "size", "invalid_value",
                "Invalid value: '" + size + "'. Supported values are: '720x1280' and '1280x720'.");
    }

    @ParameterizedTest
    @CsvSource({"'', 4", "4, 4", "8, 8", "12, 12"})
    void secondsAccepted(String seconds, int expected) {
        assertEquals(expected, standard.seconds(optional(seconds)));
    }

    @ParameterizedTest
    @CsvSource({"5", "6", "10", "15", "16", "20", "25", "0", "-4", "4.0", "four"})
    void secondsRefused(String seconds) {
        assertRefused(r -> r.seconds(Optional.of(seconds)), "seconds", "invalid_value",
                "Invalid value: '" + seconds + "'. Supported values are: '4', '8', and '12'.");
    }

    @ParameterizedTest
    @CsvSource({"4", "8", "12", "16", "20"})
    void extensionsTakeUpToTwentySeconds(String seconds) {
        assertEquals(Integer.parseInt(seconds), standard.extensionSeconds(seconds));
    }

    @ParameterizedTest
    @CsvSource({"2", "24", "5"})
    void extensionSecondsRefused(String seconds) {
        assertRefused(r -> r.extensionSeconds(seconds), "seconds", "invalid_value",
                "Invalid value: '" + seconds + "'. Supported values are: '4', '8', '12', '16', and '20'.");
    }

    @ParameterizedTest
    @CsvSource({"16", "20"})
    void extendedEnumsAcceptTheMarch2026Lengths(String seconds) {
        assertEquals(Integer.parseInt(seconds), extended.seconds(Optional.of(seconds)));
    }

    @ParameterizedTest
    @CsvSource({"sora-2-pro, 1920x1080", "sora-2-pro, 1080x1920"})
    void extendedEnumsAcceptProFullHd(String model, String size) {
        assertEquals(size, extended.size(model, Optional.of(size)).value());
        assertRefused(r -> r.size("sora-2", Optional.of(size)), extended, "size", "invalid_value",
                "Invalid value: '" + size + "'. Supported values are: '720x1280' and '1280x720'.");
    }

    @Test
    void promptsOfOneTo32000CharactersAndSpacesArePrompts() {
        assertPromptRule(standard::prompt, 32_000, false);
    }

    @ParameterizedTest
    @CsvSource({"1, true", "80, true", "0, false", "81, false"})
    void characterNameBounds(int length, boolean accepted) {
        String name = "n".repeat(length);
        if (accepted) {
            assertEquals(name, standard.characterName(name));
        } else {
            assertThrows(ApiException.class, () -> standard.characterName(name));
        }
    }

    private void assertRefused(Consumer<OpenAiRules> call, String param, String code, String message) {
        assertRefused(call, standard, param, code, message);
    }

    private static void assertRefused(Consumer<OpenAiRules> call, OpenAiRules rules, String param, String code,
            String message) {
        ApiError error = assertThrows(ApiException.class, () -> call.accept(rules)).error();
        assertEquals(400, error.status());
        assertEquals("invalid_request_error", error.type());
        assertEquals(param, error.param());
        assertEquals(code, error.code());
        assertEquals(message, error.message());
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
