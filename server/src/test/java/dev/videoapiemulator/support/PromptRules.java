package dev.videoapiemulator.support;

import static dev.videoapiemulator.support.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.UnaryOperator;

/** What a dialect's prompt rule must do, given its bound and whether a prompt of spaces is empty to it. */
public final class PromptRules {

    private static final String CLAPPER = "\uD83C\uDFAC";

    private PromptRules() {
    }

    public static void assertPromptRule(UnaryOperator<String> rule, int max, boolean blankRefused) {
        assertEquals("p", rule.apply("p"));
        assertEquals("p".repeat(max), rule.apply("p".repeat(max)));
        // two UTF-16 units each: the bound counts characters
        assertEquals(CLAPPER.repeat(max), rule.apply(CLAPPER.repeat(max)));
        assertRefused(() -> rule.apply(""), "prompt", "string_below_min_length", tooShort());
        assertRefused(() -> rule.apply(CLAPPER.repeat(max + 1)), "prompt", "string_above_max_length",
                "Invalid 'prompt': string too long. Expected a string with maximum length " + max
                        + ", but got a string with length " + (max + 1) + " instead.");
        if (blankRefused) {
            assertRefused(() -> rule.apply("   "), "prompt", "string_below_min_length", tooShort());
        } else {
            assertEquals("   ", rule.apply("   "));
        }
        assertEquals("  a cat \n", rule.apply("  a cat \n"), "a prompt is kept as sent");
    }

    private static String tooShort() {
        return "Invalid 'prompt': string too short. Expected a string with minimum length 1, but got a string with"
                + " length 0 instead.";
    }
}
