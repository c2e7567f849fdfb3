package dev.videoapiemulator.api;

import java.util.Map;

/**
 * The code written for an error in an envelope that always has one: the error's own, else the
 * code the service uses for its status, else its code for any other client or server error.
 */
public record StatusCodes(Map<Integer, String> byStatus, String otherClientError, String serverError) {

    public String of(ApiError error) {
        if (error.code() != null) {
            return error.code();
        }
        return byStatus.getOrDefault(error.status(), error.status() >= 500 ? serverError : otherClientError);
    }
}
