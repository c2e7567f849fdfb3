package dev.videoapiemulator.dialect.sorarelay;

import static dev.videoapiemulator.support.PromptRules.assertPromptRule;
import static dev.videoapiemulator.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ApiException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Sora relay's rules table: models, sizes, lengths by model and tier, prompt bounds, with the exact errors. */
class SoraRelayRulesTest {

    private static final SoraRelayRules.ModelRow STANDARD = SoraRelayRules.model("sora-2");
    private static final SoraRelayRules.ModelRow PRO = SoraRelayRules.model("sora-2-pro");

    @ParameterizedTest
    @CsvSource({
            "sora-2,                false",
            "sora-2-pro,            true",
            "sora-2-2025-10-06,     false",
            "sora-2-pro-2025-10-06, true"})
    void everyModelHasItsRow(String name, boolean pro) {
        assertEquals(new SoraRelayRules.ModelRow(name, pro), SoraRelayRules.model(name));
    }

    @ParameterizedTest
    @CsvSource({"sora-2-2025-12-08", "Sora-2", "sora-3", "'sora-2 '", "''"})
    void otherModelsAreRefusedWithTheList(String name) {
        assertRefused(() -> SoraRelayRules.model(name), "model", "invalid_value", "Invalid value: '" + name
                + "'. Supported values are: 'sora-2', 'sora-2-pro', 'sora-2-2025-10-06', and 'sora-2-pro-2025-10-06'.");
    }

    @Test
    void sizeDefaultsToPortrait720() {
        assertEquals(new SoraRelayRules.SizeRow("720x1280", 720, 1280), SoraRelayRules.size(Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource({"720x1280, 720, 1280", "1280x720, 1280, 720", "1024x1792, 1024, 1792", "1792x1024, 1792, 1024"})
    void everySizeIsAccepted(String value, int width, int height) {
        assertEquals(new SoraRelayRules.SizeRow(value, width, height), SoraRelayRules.size(Optional.of(value)));
    }

    @ParameterizedTest
    @CsvSource({"1920x1080", "720X1280", "'1280x720 '", "720", "''"})
    void otherSizesAreRefusedWithTheList(String value) {
        assertRefused(() -> SoraRelayRules.size(Optional.of(value)), "size", "invalid_value", "Invalid value: '"
                + value + "'. Supported values are: '720x1280', '1280x720', '1024x1792', and '1792x1024'.");
    }

    @ParameterizedTest
    @CsvSource({
            "sora-2,                10, true",
            "sora-2,                15, true",
            "sora-2,                25, false",
            "sora-2-2025-10-06,     25, false",
            "sora-2-pro,            10, true",
            "sora-2-pro,            15, true",
            "sora-2-pro,            25, true",
            "sora-2-pro-2025-10-06, 25, true",
            "sora-2-pro,            20, false",
            "sora-2-pro,            '', false"})
    void offersTellsWhichLengthsAModelHas(String model, String seconds, boolean offered) {
        assertEquals(offered, SoraRelayRules.offers(SoraRelayRules.model(model), seconds));
    }

    @Test
    void theDefaultLengthNeedsNoProModelOrTier() {
        assertEquals(10, SoraRelayRules.seconds(STANDARD, null, SoraRelayRules.DEFAULT_SECONDS));
    }

    @ParameterizedTest
    @CsvSource({"10, 10", "15, 15"})
    void everyModelAndTierTakesTenAndFifteen(String value, int seconds) {
        assertEquals(seconds, SoraRelayRules.seconds(STANDARD, null, value));
        assertEquals(seconds, SoraRelayRules.seconds(STANDARD, "basic", value));
        assertEquals(seconds, SoraRelayRules.seconds(PRO, null, value));
        assertEquals(seconds, SoraRelayRules.seconds(PRO, "pro", value));
    }

    @Test
    void twentyFiveSecondsOnAProModelWithAProKey() {
        assertEquals(25, SoraRelayRules.seconds(PRO, "pro", "25"));
        assertEquals(25, SoraRelayRules.seconds(SoraRelayRules.model("sora-2-pro-2025-10-06"), "pro", "25"));
    }

    @ParameterizedTest
    @CsvSource({"''", "pro"})
    void aStandardModelDoesNotOfferTwentyFiveWhateverTheTier(String tier) {
        // the model comes first: even a pro key gets the standard model's list
        assertRefused(() -> SoraRelayRules.seconds(STANDARD, tier.isEmpty() ? null : tier, "25"), "seconds",
                "invalid_value", "Invalid value: '25'. Supported values are: '10' and '15'.");
    }

    @ParameterizedTest
    @CsvSource({"5", "20", "30", "10.0", "010", "''"})
    void unknownLengthsListTheModelsLengths(String value) {
        assertRefused(() -> SoraRelayRules.seconds(STANDARD, "pro", value), "seconds", "invalid_value",
                "Invalid value: '" + value + "'. Supported values are: '10' and '15'.");
        assertRefused(() -> SoraRelayRules.seconds(PRO, "pro", value), "seconds", "invalid_value",
                "Invalid value: '" + value + "'. Supported values are: '10', '15', and '25'.");
    }

    @Test
    void twentyFiveSecondsWithAKeyOfNoTierIsForbidden() {
        assertForbidden(() -> SoraRelayRules.seconds(PRO, null, "25"),
                "Videos of 25 seconds need an API key of the 'pro' tier; this key's tier is not set.");
    }

    @ParameterizedTest
    @CsvSource({"basic", "PRO", "pro+", "''"})
    void twentyFiveSecondsWithAKeyOfAnotherTierIsForbidden(String tier) {
        assertForbidden(() -> SoraRelayRules.seconds(PRO, tier, "25"),
                "Videos of 25 seconds need an API key of the 'pro' tier; this key's tier is '" + tier + "'.");
    }

    @Test
    void promptsOfOneTo32000CharactersTrimmedBeforeTheCheck() {
        assertPromptRule(SoraRelayRules::prompt, 32_000, true);
    }

    private static void assertForbidden(Executable call, String message) {
        ApiError error = assertThrows(ApiException.class, call).error();
        assertEquals(403, error.status());
        assertEquals("permission_error", error.type());
        assertEquals("seconds", error.param());
        assertEquals("insufficient_permissions", error.code());
        assertEquals(message, error.message());
    }
}
