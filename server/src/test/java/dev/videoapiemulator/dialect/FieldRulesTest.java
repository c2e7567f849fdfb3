package dev.videoapiemulator.dialect;

import static dev.videoapiemulator.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

    private static final String EMPTY = "Invalid 'prompt': string too short. Expected a string with minimum length 1,"
            + " but got a string with length 0 instead.";

    @Test
    void anEmptyTextIsTooShortWhateverTheBlankRule() {
        for (FieldRules.Blank blank : FieldRules.Blank.values()) {
            assertRefused(() -> FieldRules.text("prompt", "", 10, blank), "prompt", "string_below_min_length", EMPTY);
        }
    }

    @Test
    void aTextOfSpacesIsEmptyOnlyWhereBlanksAreRefusedAndThenItsStrippedLengthIsReported() {
        assertEquals("   ", FieldRules.text("prompt", "   ", 10, FieldRules.Blank.ALLOWED));
        assertRefused(() -> FieldRules.text("prompt", "   ", 10, FieldRules.Blank.REFUSED), "prompt",
                "string_below_min_length", EMPTY);
    }

    @Test
    void lengthsAreCodePointsUpToTheBound() {
        String clapper = "\uD83C\uDFAC";
        assertEquals(clapper.repeat(3), FieldRules.text("prompt", clapper.repeat(3), 3, FieldRules.Blank.REFUSED));
        assertRefused(() -> FieldRules.text("prompt", clapper.repeat(4), 3, FieldRules.Blank.ALLOWED), "prompt",
                "string_above_max_length", "Invalid 'prompt': string too long. Expected a string with maximum length"
                        + " 3, but got a string with length 4 instead.");
        String huge = "p".repeat(100_000);
        assertEquals(huge, FieldRules.text("prompt", huge, FieldRules.UNBOUNDED, FieldRules.Blank.ALLOWED));
    }

    @Test
    void oneOfTakesTheFallbackWhenAbsentAndListsTheValuesWhenWrong() {
        List<String> sizes = List.of("a", "b", "c");
        assertEquals("b", FieldRules.oneOf("size", Optional.empty(), "b", sizes));
        assertEquals("c", FieldRules.oneOf("size", Optional.of("c"), "b", sizes));
        assertRefused(() -> FieldRules.oneOf("size", Optional.of("d"), "b", sizes), "size", "invalid_value",
                "Invalid value: 'd'. Supported values are: 'a', 'b', and 'c'.");
    }

    private record Row(String name, int value) {
    }

    @Test
    void aRowIsFoundByNameAndAnUnknownNameListsEveryRow() {
        List<Row> rows = List.of(new Row("x", 1), new Row("y", 2));
        assertEquals(new Row("y", 2), FieldRules.row("model", "y", rows, Row::name));
        assertRefused(() -> FieldRules.row("model", "z", rows, Row::name), "model", "invalid_value",
                "Invalid value: 'z'. Supported values are: 'x' and 'y'.");
    }
}
