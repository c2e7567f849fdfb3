package dev.videoapiemulator.api;

import java.util.Map;

/** OpenAI's wording for errors that come from HTTP itself rather than from an endpoint's rules. */
public final class HttpErrors {

    private HttpErrors() {
    }

    public static ApiError forStatus(int status, String method, String path, String contentType) {
        return switch (status) {
            case 400 -> ApiError.badRequest("We could not parse your request.", null, null);
            case 404 -> invalidUrl(method, path);
            case 405 -> ApiError.invalidRequest(405, "Invalid method for URL (" + method + " " + path + ")", null,
                    "method_not_allowed");
            case 406, 415 -> unsupportedMediaType(contentType);
            case 413 -> tooLarge();
            default -> status >= 500 ? internal()
                    : ApiError.invalidRequest(status, "The request could not be processed (HTTP " + status + ").", null, null);
        };
    }

    public static ApiError invalidUrl(String method, String path) {
        return ApiError.notFound("Invalid URL (" + method + " " + path + ")");
    }

    public static ApiError malformedUrl(String method, String target, String reason) {
        return ApiError.badRequest("Invalid URL (" + method + " " + target + "): " + reason
                + ". Percent-encode reserved characters as %XX with two hex digits.", null, "invalid_url");
    }

    public static ApiError unsupportedMediaType(String contentType) {
        String got = contentType == null || contentType.isBlank() ? "none" : "'" + contentType + "'";
        return ApiError.invalidRequest(415, "Invalid Content-Type header (" + got
                + "). This endpoint accepts 'application/json' and 'multipart/form-data'.", null,
                "unsupported_content_type");
    }

    public static ApiError tooLarge() {
        return ApiError.invalidRequest(413, "Request body too large. Reduce the size of your upload and try again.",
                null, "request_too_large");
    }

    /** Bodies without a Content-Length are held in memory; too many at once wait for the others. */
    public static ApiError undeclaredLengthBusy() {
        return new ApiError(503, "server_error", "Too many request bodies without a Content-Length are being read at"
                + " once. Send a Content-Length, or retry in a moment.", null, "busy", Map.of("Retry-After", "1"));
    }

    public static ApiError malformedJson() {
        return ApiError.badRequest("We could not parse the JSON body of your request. (HINT: This likely means you"
                + " aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent"
                + " was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our"
                + " help center at help.openai.com.)", null, null);
    }

    public static ApiError malformedMultipart() {
        return ApiError.badRequest("We could not parse the multipart body of your request. Check the boundary and"
                + " that every part is complete.", null, null);
    }

    public static ApiError unknownCharset(String charset) {
        return ApiError.badRequest("We could not read a part of your multipart body: its charset '" + charset
                + "' is not one we know. Send text parts as UTF-8.", null, null);
    }

    public static ApiError internal() {
        return new ApiError(500, "server_error",
                "The server had an error while processing your request. Sorry about that!", null, null);
    }
}
