package dev.videoapiemulator.dialect.sorarelay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.api.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryboardTest {

    /** The relay's own example, with the literal \n its documentation shows and shot 3 mid-line. */
    static final String SEED_EXAMPLE = "Shot 1:\\nduration: 5sec\\nScene: The fridge door opens. A cute, chubby"
            + " purple monster comes out of it.\\n\\nShot 2:\\nduration: 5sec\\nScene: the color of the monster to"
            + " purple Shot 3:\\nduration: 5sec\\nScene: A second monster comes out right after";

    @Test
    void parsesTheSeedExample() {
        Storyboard board = Storyboard.parse(SEED_EXAMPLE).orElseThrow();
        assertEquals(List.of(
                new VideoSpec.Shot(1, 0, 5, "The fridge door opens. A cute, chubby purple monster comes out of it."),
                new VideoSpec.Shot(2, 5, 10, "the color of the monster to purple"),
                new VideoSpec.Shot(3, 10, 15, "A second monster comes out right after")), board.shots());
        assertEquals(15, board.totalSeconds());
        board.checkLength(15);
    }

    @Test
    void realLineBreaksFractionsAndMultiLineScenes() {
        Storyboard board = Storyboard.parse("shot 1:\r\nDuration: 2.5 sec\nScene: a door\nthat opens\n\nShot 2:\n"
                + "duration: 7.5sec\nscene: a hall").orElseThrow();
        assertEquals(List.of(new VideoSpec.Shot(1, 0, 2.5, "a door that opens"), new VideoSpec.Shot(2, 2.5, 10, "a hall")),
                board.shots());
    }

    @Test
    void plainPromptsAreNotStoryboards() {
        assertTrue(Storyboard.parse("A fox. Shot 1: duration: 5sec").isEmpty());
        assertTrue(Storyboard.parse("Shotgun wedding at dawn").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Shot 1:\\nduration: 5sec\\nScene: a\\nShot 3:\\nduration: 5sec\\nScene: b|shots must be numbered 1, 2, 3, ... in order, but shot 2 is numbered 3.",
        "Shot 2:\\nduration: 5sec\\nScene: a|shots must be numbered 1, 2, 3, ... in order, but shot 1 is numbered 2.",
        "Shot 1:\\nScene: a|shot 1 must start with a 'duration: Xsec' line.",
        "Shot 1:\\nduration: five\\nScene: a|shot 1 has duration 'five'; expected seconds such as '5sec'.",
        "Shot 1:\\nduration: 5\\nScene: a|shot 1 has duration '5'; expected seconds such as '5sec'.",
        "Shot 1:\\nduration: 0sec\\nScene: a|shot 1 has a duration of 0 seconds; a shot lasts more than 0 seconds.",
        "Shot 1:\\nduration: 5sec|shot 1 needs a 'Scene: ...' line after its duration.",
        "Shot 1:\\nduration: 5sec\\nWhat: a|shot 1 needs a 'Scene: ...' line after its duration.",
        "Shot 1:\\nduration: 5sec\\nScene:   |shot 1 has an empty scene.",
    })
    void malformedStoryboards(String prompt, String detail) {
        ApiException e = assertThrows(ApiException.class, () -> Storyboard.parse(prompt));
        assertEquals("Invalid storyboard in 'prompt': " + detail, e.error().message());
        assertEquals("prompt", e.error().param());
        assertEquals("invalid_value", e.error().code());
    }

    @Test
    void durationsMustAddUpToTheLength() {
        Storyboard board = Storyboard.parse(SEED_EXAMPLE).orElseThrow();
        ApiException e = assertThrows(ApiException.class, () -> board.checkLength(10));
        assertEquals("Invalid storyboard in 'prompt': the shot durations add up to 15 seconds, but the video is 10"
                + " seconds long.", e.error().message());
    }
}
