package dev.videoapiemulator.client;

import java.net.URI;

/**
 * A control call that failed: the emulator answered with an error status, or could not be reached
 * at all ({@link #status()} is 0 then). The error fields are those of the OpenAI envelope the
 * emulator answers, {@code {"error":{"message","type","param","code"}}}; each is null when absent.
 */
public class EmulatorException extends RuntimeException {

    private final int status;
    private final String type;
    private final String code;
    private final String param;
    private final String errorMessage;

    EmulatorException(String method, URI uri, int status, ErrorEnvelope.Error error) {
        super(method + " " + uri + " answered " + status + describe(error));
        this.status = status;
        this.type = error.type();
        this.code = error.code();
        this.param = error.param();
        this.errorMessage = error.message();
    }

    EmulatorException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.type = null;
        this.code = null;
        this.param = null;
        this.errorMessage = null;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String code() {
        return code;
    }

    public String param() {
        return param;
    }

    /** The emulator's own message, as in the envelope. */
    public String errorMessage() {
        return errorMessage;
    }

    private static String describe(ErrorEnvelope.Error error) {
        StringBuilder text = new StringBuilder();
        if (error.code() != null) {
            text.append(' ').append(error.code());
        }
        if (error.param() != null) {
            text.append(" (param '").append(error.param()).append("')");
        }
        if (error.message() != null) {
            text.append(": ").append(error.message());
        }
        return text.toString();
    }
}
