package dev.videoapiemulator.dialect.openairelay;

import static dev.videoapiemulator.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.videoapiemulator.engine.JobStatus;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The relayed OpenAI format's rules table: models, sizes per model, lengths, prompt, with the exact errors. */
class OpenAiRelayRulesTest {

    private static final OpenAiRelayRules.ModelRow STANDARD = new OpenAiRelayRules.ModelRow("sora-2", "standard", false);
    private static final OpenAiRelayRules.ModelRow PRO = new OpenAiRelayRules.ModelRow("sora-2-pro", "high", true);

    @Test
    void modelDefaultsToSora2() {
        assertEquals(STANDARD, OpenAiRelayRules.model(Optional.empty()));
    }

    @Test
    void bothModelsHaveTheirRow() {
        assertEquals(STANDARD, OpenAiRelayRules.model(Optional.of("sora-2")));
        assertEquals(PRO, OpenAiRelayRules.model(Optional.of("sora-2-pro")));
    }

    @ParameterizedTest
    @CsvSource({"sora-2-2025-10-06", "sora-2-pro-2025-10-06", "SORA-2", "sora-3", "''"})
    void otherModelsAreRefused(String name) {
        // the relay forwards only the two undated models
        assertRefused(() -> OpenAiRelayRules.model(Optional.of(name)), "model", "invalid_value",
                "Invalid value: '" + name + "'. Supported values are: 'sora-2' and 'sora-2-pro'.");
    }

    @ParameterizedTest
    @CsvSource({"sora-2, standard", "sora-2-pro, high"})
    void eachModelReportsItsQuality(String model, String quality) {
        assertEquals(quality, OpenAiRelayRules.quality(model));
    }

    @Test
    void anUnknownModelHasNoQuality() {
        assertThrows(NoSuchElementException.class, () -> OpenAiRelayRules.quality("sora-2-2025-10-06"));
    }

    @Test
    void sizeDefaultsToPortrait720OnBothModels() {
        OpenAiRelayRules.SizeRow portrait = new OpenAiRelayRules.SizeRow("720x1280", 720, 1280, false);
        assertEquals(portrait, OpenAiRelayRules.size(STANDARD, Optional.empty()));
        assertEquals(portrait, OpenAiRelayRules.size(PRO, Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource({
            "sora-2,     720x1280,  720,  1280, false",
            "sora-2,     1280x720,  1280, 720,  false",
            "sora-2-pro, 720x1280,  720,  1280, false",
            "sora-2-pro, 1280x720,  1280, 720,  false",
            "sora-2-pro, 1024x1792, 1024, 1792, true",
            "sora-2-pro, 1792x1024, 1792, 1024, true"})
    void eachModelRendersItsSizes(String model, String value, int width, int height, boolean proOnly) {
        assertEquals(new OpenAiRelayRules.SizeRow(value, width, height, proOnly),
                OpenAiRelayRules.size(OpenAiRelayRules.model(Optional.of(model)), Optional.of(value)));
    }

    @ParameterizedTest
    @CsvSource({"1024x1792", "1792x1024", "1920x1080", "720X1280", "''"})
    void theStandardModelListsOnlyItsTwoSizes(String value) {
        assertRefused(() -> OpenAiRelayRules.size(STANDARD, Optional.of(value)), "size", "invalid_value",
                "Invalid value: '" + value + "'. Supported values are: '720x1280' and '1280x720'.");
    }

    @ParameterizedTest
    @CsvSource({"1024x1808", "1080x1920", "'1792x1024 '"})
    void theProModelListsAllFourSizes(String value) {
        assertRefused(() -> OpenAiRelayRules.size(PRO, Optional.of(value)), "size", "invalid_value",
                "Invalid value: '" + value + "'. Supported values are: '720x1280', '1280x720', '1024x1792', and"
                        + " '1792x1024'.");
    }

    @Test
    void secondsDefaultToFour() {
        assertEquals(4, OpenAiRelayRules.seconds(Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource({"4", "8", "12"})
    void fourEightAndTwelveSecondsAreAccepted(String seconds) {
        assertEquals(Integer.parseInt(seconds), OpenAiRelayRules.seconds(Optional.of(seconds)));
    }

    @ParameterizedTest
    @CsvSource({"0", "3", "5", "10", "16", "20", "04", "4.0", "' 4'", "''", "four"})
    void otherSecondsAreRefused(String seconds) {
        assertRefused(() -> OpenAiRelayRules.seconds(Optional.of(seconds)), "seconds", "invalid_value",
                "Invalid value: '" + seconds + "'. Supported values are: '4', '8', and '12'.");
    }

    @ParameterizedTest
    @CsvSource({"p", "'  a cat  '"})
    void aPromptWithTextIsKeptAsSent(String prompt) {
        assertEquals(prompt, OpenAiRelayRules.prompt(prompt));
    }

    @Test
    void aLongPromptIsAccepted() {
        // the relay sets no upper bound of its own
        String prompt = "p".repeat(100_000);
        assertEquals(prompt, OpenAiRelayRules.prompt(prompt));
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {"\"\"", "\"   \"", "\"\t \""})
    void anEmptyOrBlankPromptIsTooShortAtLengthZero(String prompt) {
        assertRefused(() -> OpenAiRelayRules.prompt(prompt), "prompt", "string_below_min_length",
                "Invalid 'prompt': string too short. Expected a string with minimum length 1, but got a string with"
                        + " length 0 instead.");
    }

    @ParameterizedTest
    @CsvSource({"QUEUED, queued", "IN_PROGRESS, processing", "COMPLETED, completed", "FAILED, failed"})
    void everyStatusHasItsName(JobStatus status, String name) {
        assertEquals(name, OpenAiRelayRules.STATUSES.get(status));
    }

    @Test
    void everyStatusHasAName() {
        assertEquals(JobStatus.values().length, OpenAiRelayRules.STATUSES.size());
    }
}
