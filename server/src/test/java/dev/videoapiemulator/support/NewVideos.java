package dev.videoapiemulator.support;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasEntry;

import java.util.Map;
import org.hamcrest.Matcher;

/** What every dialect of OpenAI's video shape answers for a job it has just accepted. */
public final class NewVideos {

    private NewVideos() {
    }

    /**
     * For {@code body("$", queued(...))}: a queued video object at 0 % with the model, length and
     * size the request settled on.
     */
    public static Matcher<Map<String, Object>> queued(String model, String seconds, String size) {
        return allOf(entry("object", "video"), entry("model", model), entry("status", "queued"), entry("progress", 0),
                entry("seconds", seconds), entry("size", size));
    }

    private static Matcher<Map<? extends String, ? extends Object>> entry(String key, Object value) {
        return hasEntry(key, value);
    }
}
