package dev.videoapiemulator.scenario;

/**
 * A value a fixture cannot hold, naming its field (relative to the object that holds it) and, once
 * known, the line where that object starts (0 until then).
 */
public class FixtureFieldError extends IllegalArgumentException {

    private final String field;
    private final int line;

    public FixtureFieldError(String field, String message) {
        this(field, message, 0);
    }

    FixtureFieldError(String field, String message, int line) {
        super(message);
        this.field = field;
        this.line = line;
    }

    public String field() {
        return field;
    }

    int line() {
        return line;
    }
}
