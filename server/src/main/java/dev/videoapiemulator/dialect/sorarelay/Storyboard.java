package dev.videoapiemulator.dialect.sorarelay;

import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.api.ApiException;
import dev.videoapiemulator.api.FieldErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A storyboard prompt: {@code Shot N:\nduration: Xsec\nScene: ...} repeated. A prompt is a storyboard
 * when it starts with {@code Shot <number>:}; every later {@code Shot <number>:} starts the next shot,
 * even mid-line, as in the relay's own example. Line breaks may be real or the two characters
 * {@code \n}, which is how the relay's documentation shows them and how clients copy them.
 */
record Storyboard(List<VideoSpec.Shot> shots) {

    private static final Pattern START = Pattern.compile("^\\s*shot\\s+\\d+\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHOT = Pattern.compile("shot\\s+(\\d+)\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(?i)duration\\s*:\\s*([^\\n]*)");
    private static final Pattern SECONDS = Pattern.compile("(?i)(\\d{1,4}(?:\\.\\d{1,3})?)\\s*sec");
    private static final Pattern SCENE = Pattern.compile("(?is)scene\\s*:(.*)");
    private static final double TOLERANCE = 1e-9;

    /** The storyboard in a prompt, or empty when the prompt is plain text. */
    static Optional<Storyboard> parse(String prompt) {
        String text = prompt.replace("\\n", "\n").replace("\r\n", "\n");
        if (!START.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher marker = SHOT.matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (marker.find()) {
            starts.add(new int[] {marker.start(), marker.end(), Integer.parseInt(marker.group(1))});
        }
        List<VideoSpec.Shot> shots = new ArrayList<>();
        double at = 0;
        for (int i = 0; i < starts.size(); i++) {
            int[] shot = starts.get(i);
            int expected = i + 1;
            if (shot[2] != expected) {
                throw malformed("shots must be numbered 1, 2, 3, ... in order, but shot " + expected + " is numbered "
                        + shot[2] + ".");
            }
            String body = text.substring(shot[1], i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length());
            double seconds = duration(expected, body);
            shots.add(new VideoSpec.Shot(expected, at, at + seconds, scene(expected, body)));
            at += seconds;
        }
        return Optional.of(new Storyboard(List.copyOf(shots)));
    }

    double totalSeconds() {
        return shots.isEmpty() ? 0 : shots.get(shots.size() - 1).toSecond();
    }

    /** The shots' durations must add up to the video's length. */
    Storyboard checkLength(int seconds) {
        double total = totalSeconds();
        if (Math.abs(total - seconds) > TOLERANCE) {
            throw malformed("the shot durations add up to " + format(total) + " seconds, but the video is " + seconds
                    + " seconds long.");
        }
        return this;
    }

    private static double duration(int number, String body) {
        String stripped = body.strip();
        Matcher line = DURATION.matcher(stripped);
        if (!line.lookingAt()) {
            throw malformed("shot " + number + " must start with a 'duration: Xsec' line.");
        }
        String value = line.group(1).strip();
        Matcher seconds = SECONDS.matcher(value);
        if (!seconds.matches()) {
            throw malformed("shot " + number + " has duration '" + value + "'; expected seconds such as '5sec'.");
        }
        double parsed = Double.parseDouble(seconds.group(1));
        if (parsed <= 0) {
            throw malformed("shot " + number + " has a duration of 0 seconds; a shot lasts more than 0 seconds.");
        }
        return parsed;
    }

    private static String scene(int number, String body) {
        String stripped = body.strip();
        Matcher duration = DURATION.matcher(stripped);
        duration.lookingAt();
        String rest = stripped.substring(duration.end()).strip();
        Matcher scene = SCENE.matcher(rest);
        if (!scene.matches()) {
            throw malformed("shot " + number + " needs a 'Scene: ...' line after its duration.");
        }
        String text = scene.group(1).strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw malformed("shot " + number + " has an empty scene.");
        }
        return text;
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }

    private static ApiException malformed(String detail) {
        return FieldErrors.invalid("prompt", "Invalid storyboard in 'prompt': " + detail).exception();
    }
}
