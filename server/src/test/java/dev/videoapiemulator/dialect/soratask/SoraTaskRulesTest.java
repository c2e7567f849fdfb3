package dev.videoapiemulator.dialect.soratask;

import dev.videoapiemulator.dialect.FieldRules;
import static dev.videoapiemulator.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.videoapiemulator.engine.JobStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The task API's rules table: defaults, enumerations, sizes, counts and bounds, with the exact errors. */
class SoraTaskRulesTest {

    private static final String SIZES = "'480x480', '720x720', '480x854', '854x480', '1280x720', and '720x1280'";

    @ParameterizedTest
    @CsvSource({
            "style,     natural,        natural",
            "operation, simple_compose, simple_compose",
            "operation, storyboard,     storyboard",
            "operation, remix,          remix",
            "operation, blend,          blend",
            "model,     turbo,          turbo",
            "type,      video_gen,      video_gen",
            "inpaint_items[0].type, image, image"})
    void everyEnumeratedValueIsAccepted(String param, String value, String expected) {
        assertEquals(expected, FieldRules.oneOf(param, Optional.of(value), null, listFor(param)));
    }

    @ParameterizedTest
    @CsvSource({
            "style,     natural",
            "operation, simple_compose",
            "model,     turbo",
            "inpaint_items[0].type, image"})
    void absentValuesTakeTheDefault(String param, String fallback) {
        assertEquals(fallback, FieldRules.oneOf(param, Optional.empty(), defaultFor(param), listFor(param)));
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {
            "style,     vivid,     'natural'",
            "operation, compose,   \"'simple_compose', 'storyboard', 'remix', and 'blend'\"",
            "operation, Remix,     \"'simple_compose', 'storyboard', 'remix', and 'blend'\"",
            "model,     sora-2,    'turbo'",
            "type,      image_gen, 'video_gen'",
            "type,      \"\",        'video_gen'",
            "inpaint_items[0].type, video, 'image'"})
    void otherValuesAreRefusedWithTheList(String param, String value, String supported) {
        assertRefused(() -> FieldRules.oneOf(param, Optional.of(value), defaultFor(param), listFor(param)), param,
                "invalid_value", "Invalid value: '" + value + "'. Supported values are: " + supported + ".");
    }

    @Test
    void noWidthAndNoHeightIs854By480() {
        assertEquals(new SoraTaskRules.SizeRow(854, 480, "16:9", "480p"),
                SoraTaskRules.size(Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource({
            "480,  480,  1:1,  480p",
            "720,  720,  1:1,  720p",
            "480,  854,  9:16, 480p",
            "854,  480,  16:9, 480p",
            "1280, 720,  16:9, 720p",
            "720,  1280, 9:16, 720p"})
    void everySizeHasItsAspectAndClass(long width, long height, String aspect, String resolution) {
        SoraTaskRules.SizeRow row = SoraTaskRules.size(Optional.of(width), Optional.of(height));
        assertEquals(new SoraTaskRules.SizeRow((int) width, (int) height, aspect, resolution), row);
        assertEquals(width + "x" + height, row.value());
    }

    @ParameterizedTest
    @CsvSource({"854, 854", "480, 720", "1920, 1080", "1, 1", "481, 480"})
    void otherSizesAreRefusedOnWidthWithTheList(long width, long height) {
        assertRefused(() -> SoraTaskRules.size(Optional.of(width), Optional.of(height)), "width", "invalid_value",
                "Invalid size: " + width + "x" + height + ". Supported sizes (width x height) are: " + SIZES + ".");
    }

    @Test
    void aWidthWithoutAHeightIsRefused() {
        assertRefused(() -> SoraTaskRules.size(Optional.of(854L), Optional.empty()), "height",
                "missing_required_parameter", "Missing required parameter: 'height'.");
    }

    @Test
    void aHeightWithoutAWidthIsRefused() {
        assertRefused(() -> SoraTaskRules.size(Optional.empty(), Optional.of(480L)), "width",
                "missing_required_parameter", "Missing required parameter: 'width'.");
    }

    @ParameterizedTest
    @CsvSource({"width, 0, 480", "width, -854, 480", "height, 854, 0", "height, 854, -1"})
    void sidesBelowOnePixelAreBoundsErrors(String param, long width, long height) {
        long value = param.equals("width") ? width : height;
        assertRefused(() -> SoraTaskRules.size(Optional.of(width), Optional.of(height)), param,
                "integer_below_min_value", "Invalid '" + param + "': integer below minimum value. Expected a value >= 1,"
                        + " but got " + value + " instead.");
    }

    @Test
    void theWidthIsCheckedBeforeTheHeight() {
        assertRefused(() -> SoraTaskRules.size(Optional.of(0L), Optional.of(0L)), "width", "integer_below_min_value",
                "Invalid 'width': integer below minimum value. Expected a value >= 1, but got 0 instead.");
    }

    @Test
    void framesDefaultTo150ForFiveSeconds() {
        assertEquals(new SoraTaskRules.FramesRow(150, 5), SoraTaskRules.frames(Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource({"150, 5", "300, 10"})
    void framesStandForTheirLength(long frames, int seconds) {
        assertEquals(new SoraTaskRules.FramesRow((int) frames, seconds), SoraTaskRules.frames(Optional.of(frames)));
    }

    @ParameterizedTest
    @CsvSource({"1", "149", "151", "299", "301", "600"})
    void otherFrameCountsAreRefusedWithTheList(long frames) {
        assertRefused(() -> SoraTaskRules.frames(Optional.of(frames)), "n_frames", "invalid_value",
                "Invalid value: '" + frames + "'. Supported values are: '150' and '300'.");
    }

    @ParameterizedTest
    @CsvSource({"0", "-150"})
    void framesBelowOneAreBoundsErrors(long frames) {
        assertRefused(() -> SoraTaskRules.frames(Optional.of(frames)), "n_frames", "integer_below_min_value",
                "Invalid 'n_frames': integer below minimum value. Expected a value >= 1, but got " + frames
                        + " instead.");
    }

    @Test
    void variantsDefaultToOne() {
        assertEquals(1, SoraTaskRules.variants(Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3", "4"})
    void oneToFourVariantsAreAccepted(long variants) {
        assertEquals((int) variants, SoraTaskRules.variants(Optional.of(variants)));
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void fewerThanOneVariantIsRefused(long variants) {
        assertRefused(() -> SoraTaskRules.variants(Optional.of(variants)), "n_variants", "integer_below_min_value",
                "Invalid 'n_variants': integer below minimum value. Expected a value >= 1, but got " + variants
                        + " instead.");
    }

    @ParameterizedTest
    @CsvSource({"5", "100"})
    void moreThanFourVariantsAreRefused(long variants) {
        assertRefused(() -> SoraTaskRules.variants(Optional.of(variants)), "n_variants", "integer_above_max_value",
                "Invalid 'n_variants': integer above maximum value. Expected a value <= 4, but got " + variants
                        + " instead.");
    }

    @ParameterizedTest
    @CsvSource({"1", "1.5", "4", "7.999", "8"})
    void sdeditAmountsFromOneToEightAreAccepted(double amount) {
        assertEquals(amount, SoraTaskRules.sdeditAmount("sdedit.amount", amount));
    }

    @ParameterizedTest
    @CsvSource({"0.999, 0.999", "0, 0", "-2, -2"})
    void sdeditAmountsBelowOneAreRefused(double amount, String written) {
        assertRefused(() -> SoraTaskRules.sdeditAmount("sdedit.amount", amount), "sdedit.amount",
                "number_below_min_value", "Invalid 'sdedit.amount': number below minimum value. Expected a value >= 1,"
                        + " but got " + written + " instead.");
    }

    @ParameterizedTest
    @CsvSource({"8.001, 8.001", "9, 9"})
    void sdeditAmountsAboveEightAreRefused(double amount, String written) {
        assertRefused(() -> SoraTaskRules.sdeditAmount("sdedit.amount", amount), "sdedit.amount",
                "number_above_max_value", "Invalid 'sdedit.amount': number above maximum value. Expected a value <= 8,"
                        + " but got " + written + " instead.");
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "5, 0", "7, 7"})
    void atLeastAcceptsTheMinimumAndAbove(long value, long min) {
        assertEquals(value, SoraTaskRules.atLeast("frame_index", value, min));
    }

    @Test
    void atLeastRefusesOneBelowTheMinimumUnderTheGivenName() {
        assertRefused(() -> SoraTaskRules.atLeast("inpaint_items[2].frame_index", -1, 0),
                "inpaint_items[2].frame_index", "integer_below_min_value",
                "Invalid 'inpaint_items[2].frame_index': integer below minimum value. Expected a value >= 0, but got -1"
                        + " instead.");
    }

    @ParameterizedTest
    @CsvSource({"https://example.com/a.png, true", "http://example.com/a.png, true", "https://x, false",
            "'data:image/png;base64,iVBORw0KGgo=', true"})
    void urlsAreAccepted(String url, boolean dataAllowed) {
        assertEquals(url, SoraTaskRules.url("url", url, dataAllowed));
    }

    @ParameterizedTest
    @CsvSource({"ftp://example.com/a.png", "example.com/a.png", "HTTPS://example.com", "''",
            "'data:text/plain;base64,aGk='", "' https://example.com'"})
    void nonWebUrlsAreRefusedWhereImagesAreAllowed(String url) {
        assertRefused(() -> SoraTaskRules.url("inpaint_items[0].url", url, true), "inpaint_items[0].url",
                "invalid_value", "Invalid 'inpaint_items[0].url': expected a fully qualified URL or a base64-encoded"
                        + " data URL.");
    }

    @Test
    void dataUrlsAreRefusedWhereOnlyWebUrlsAreAllowed() {
        assertRefused(() -> SoraTaskRules.url("notify_hook", "data:image/png;base64,iVBORw0KGgo=", false),
                "notify_hook", "invalid_value", "Invalid 'notify_hook': expected a fully qualified URL.");
    }

    @ParameterizedTest
    @CsvSource({
            "QUEUED,      NOT_START,   queued",
            "IN_PROGRESS, IN_PROGRESS, processing",
            "COMPLETED,   SUCCESS,     succeeded",
            "FAILED,      FAILURE,     failed"})
    void everyStatusReadsOnBothLevels(JobStatus status, String task, String inner) {
        assertEquals(new SoraTaskRules.StatusRow(task, inner), SoraTaskRules.STATUSES.get(status));
    }

    @Test
    void everyStatusHasARow() {
        assertEquals(JobStatus.values().length, SoraTaskRules.STATUSES.size());
    }

    private static List<String> listFor(String param) {
        return switch (param) {
            case "style" -> SoraTaskRules.STYLES;
            case "operation" -> SoraTaskRules.OPERATIONS;
            case "model" -> SoraTaskRules.MODELS;
            case "type" -> SoraTaskRules.TYPES;
            default -> SoraTaskRules.INPAINT_TYPES;
        };
    }

    private static String defaultFor(String param) {
        return switch (param) {
            case "style" -> SoraTaskRules.DEFAULT_STYLE;
            case "operation" -> SoraTaskRules.DEFAULT_OPERATION;
            case "model" -> SoraTaskRules.DEFAULT_MODEL;
            // type has no default: it is required
            case "type" -> null;
            default -> SoraTaskRules.DEFAULT_INPAINT_TYPE;
        };
    }
}
