package dev.videoapiemulator.api;

/** Carries an {@link ApiError} out of a resource to the one mapper that writes it. */
public class ApiException extends RuntimeException {

    private final ApiError error;

    public ApiException(ApiError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public ApiError error() {
        return error;
    }
}
