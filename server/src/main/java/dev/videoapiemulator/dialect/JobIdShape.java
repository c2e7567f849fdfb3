package dev.videoapiemulator.dialect;

import java.util.regex.Pattern;

/**
 * What a dialect's job ids look like: their prefix and alphabet, not their length, so that a
 * hand-written id such as {@code video_123} passes where the service's own would.
 */
public record JobIdShape(Pattern pattern, String description) {

    public JobIdShape(String regex, String description) {
        this(Pattern.compile(regex), description);
    }

    public boolean matches(String id) {
        return pattern.matcher(id).matches();
    }
}
