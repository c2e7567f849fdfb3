package dev.videoapiemulator.dialect.veo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Veo relay's rules table: each model's row, the sizes it takes, its frame, and the exact errors. */
class VeoRulesTest {

    private static final String ALL_MODELS = "'veo2', 'veo2-fast', 'veo2-pro', 'veo2-fast-frames', 'veo3', 'veo3-fast',"
            + " 'veo3-pro', 'veo3-frames', 'veo3-fast-frames', 'veo3-pro-frames', 'veo_3_1', 'veo_3_1-fast',"
            + " 'veo_3_1-4K', 'veo_3_1-fast-4K', 'veo3.1', 'veo3.1-fast', 'veo3.1-pro', 'veo3.1-4k', 'veo3.1-pro-4k',"
            + " 'veo3.1-components', 'veo3.1-fast-components', 'veo3.1-components-4k', 'veo_3_1-components',"
            + " 'veo_3_1-components-4K', and 'veo_3_1-fast-components-4K'";
    private static final String STANDARD_SIZES = "'16x9', '9x16', '1280x720', and '720x1280'";
    private static final String FOUR_K_SIZES = "'16x9', '9x16', '1280x720', '720x1280', '3840x2160', and '2160x3840'";

    @ParameterizedTest
    @CsvSource({
            "veo2,                       FIRST_FRAME, false",
            "veo2-fast,                  FIRST_FRAME, false",
            "veo2-pro,                   FIRST_FRAME, false",
            "veo2-fast-frames,           FRAMES,      false",
            "veo3,                       FRAMES,      false",
            "veo3-fast,                  FRAMES,      false",
            "veo3-pro,                   FRAMES,      false",
            "veo3-frames,                FRAMES,      false",
            "veo3-fast-frames,           FRAMES,      false",
            "veo3-pro-frames,            FRAMES,      false",
            "veo_3_1,                    FRAMES,      false",
            "veo_3_1-fast,               FRAMES,      false",
            "veo_3_1-4K,                 FRAMES,      true",
            "veo_3_1-fast-4K,            FRAMES,      true",
            "veo3.1,                     FRAMES,      false",
            "veo3.1-fast,                FRAMES,      false",
            "veo3.1-pro,                 FRAMES,      false",
            "veo3.1-4k,                  FRAMES,      true",
            "veo3.1-pro-4k,              FRAMES,      true",
            "veo3.1-components,          COMPONENTS,  false",
            "veo3.1-fast-components,     COMPONENTS,  false",
            "veo3.1-components-4k,       COMPONENTS,  true",
            "veo_3_1-components,         COMPONENTS,  false",
            "veo_3_1-components-4K,      COMPONENTS,  true",
            "veo_3_1-fast-components-4K, COMPONENTS,  true"})
    void everyModelHasItsRow(String name, VeoRules.ImageMode mode, boolean fourK) {
        assertEquals(new VeoRules.ModelRow(name, mode, fourK), VeoRules.model(name));
    }

    @Test
    void theTableHasTwentyFiveModels() {
        assertEquals(25, VeoRules.MODELS.size());
    }

    @Test
    void exactlyTheModelsNamedFourKRenderFourK() {
        for (VeoRules.ModelRow row : VeoRules.MODELS) {
            assertEquals(row.name().toLowerCase().endsWith("-4k"), row.fourK(), row.name());
        }
    }

    @ParameterizedTest
    @CsvSource({"FIRST_FRAME, 1, a first frame", "FRAMES, 2, 'a first frame, or first and last frames'",
            "COMPONENTS, 3, 1 to 3 reference images"})
    void imageModesTakeUpToTheirImageCount(VeoRules.ImageMode mode, int maxImages, String takes) {
        assertEquals(maxImages, mode.maxImages);
        assertEquals(takes, mode.takes);
    }

    @ParameterizedTest
    @CsvSource({"veo4", "VEO3", "veo3.1-4K", "veo_3_1-4k", "'veo3.1 '", "''"})
    void modelsAreSpelledExactly(String name) {
        // the 4K suffix keeps each model's own case: veo3.1-4k but veo_3_1-4K
        assertRefused(() -> VeoRules.model(name), "model",
                "Invalid value: '" + name + "'. Supported values are: " + ALL_MODELS + ".");
    }

    @ParameterizedTest
    @CsvSource({
            "veo3,       16x9,      1280, 720,  16x9",
            "veo3,       9x16,      720,  1280, 9x16",
            "veo3,       1280x720,  1280, 720,  1280x720",
            "veo3,       720x1280,  720,  1280, 720x1280",
            "veo3.1-4k,  16x9,      3840, 2160, 3840x2160",
            "veo3.1-4k,  9x16,      2160, 3840, 2160x3840",
            "veo3.1-4k,  1280x720,  3840, 2160, 3840x2160",
            "veo3.1-4k,  720x1280,  2160, 3840, 2160x3840",
            "veo3.1-4k,  3840x2160, 3840, 2160, 3840x2160",
            "veo3.1-4k,  2160x3840, 2160, 3840, 2160x3840",
            "veo2,       9x16,      720,  1280, 9x16",
            "veo_3_1-fast-components-4K, 16x9, 3840, 2160, 3840x2160"})
    void sizeNamesTheOrientationAndTheModelTheResolution(String modelName, String value, int width, int height,
            String reported) {
        VeoRules.ModelRow model = VeoRules.model(modelName);
        VeoRules.SizeRow size = VeoRules.size(model, value);
        assertEquals(value, size.value());
        assertEquals(new VeoRules.Frame(width, height), VeoRules.frame(model, size));
        assertEquals(reported, VeoRules.reportedSize(model, size));
    }

    @ParameterizedTest
    @CsvSource({"veo3, 3840x2160", "veo3, 2160x3840", "veo_3_1-components, 3840x2160"})
    void fourKSizesNeedAFourKModel(String modelName, String value) {
        assertRefused(() -> VeoRules.size(VeoRules.model(modelName), value), "size",
                "Invalid value: '" + value + "'. Supported values are: " + STANDARD_SIZES + ".");
    }

    @ParameterizedTest
    @CsvSource({"veo3, 1920x1080, false", "veo3, 16:9, false", "veo3.1-4k, 4096x2160, true",
            "veo3.1-4k, 16X9, true", "veo3.1-4k, '', true"})
    void unknownSizesListTheModelsSizes(String modelName, String value, boolean fourK) {
        assertRefused(() -> VeoRules.size(VeoRules.model(modelName), value), "size",
                "Invalid value: '" + value + "'. Supported values are: " + (fourK ? FOUR_K_SIZES : STANDARD_SIZES)
                        + ".");
    }

    @Test
    void sizesForListsEachModelsSizesInOrder() {
        assertEquals(List.of("16x9", "9x16", "1280x720", "720x1280"), VeoRules.sizesFor(VeoRules.model("veo2")).stream().map(VeoRules.SizeRow::value).toList());
        assertEquals(List.of("16x9", "9x16", "1280x720", "720x1280", "3840x2160", "2160x3840"),
                VeoRules.sizesFor(VeoRules.model("veo_3_1-4K")).stream().map(VeoRules.SizeRow::value).toList());
    }

    @Test
    void secondsAreEightOnly() {
        assertEquals(8, VeoRules.seconds("8"));
    }

    @ParameterizedTest
    @CsvSource({"4", "7", "9", "10", "8.0", "08", "' 8'", "''", "eight"})
    void otherSecondsAreRefused(String seconds) {
        assertRefused(() -> VeoRules.seconds(seconds), "seconds",
                "Invalid value: '" + seconds + "'. Supported values are: '8'.");
    }

    private static void assertRefused(Executable call, String param, String message) {
        ApiError error = assertThrows(ApiException.class, call).error();
        assertEquals(400, error.status());
        assertEquals("invalid_request_error", error.type());
        assertEquals(param, error.param());
        assertEquals("invalid_value", error.code());
        assertEquals(message, error.message());
    }
}
