package dev.videoapiemulator.scenario;

import dev.videoapiemulator.api.ApiError;
import java.util.Map;

/** The error a scenario answers: what it spells out, and OpenAI's usual type, code and wording for the rest. */
public final class ScenarioErrors {

    private record Usual(String type, String code, String message) {
    }

    private static final Map<Integer, Usual> USUAL = Map.of(
            400, new Usual("invalid_request_error", null, "Invalid request."),
            401, new Usual("invalid_request_error", "invalid_api_key", "Incorrect API key provided."),
            403, new Usual("invalid_request_error", "insufficient_permissions",
                    "You do not have access to this resource."),
            404, new Usual("invalid_request_error", null, "Not found."),
            409, new Usual("invalid_request_error", "conflict", "The request conflicts with the current state."),
            429, new Usual("requests", "rate_limit_exceeded",
                    "Rate limit reached for requests. Please try again later."),
            500, new Usual("server_error", null,
                    "The server had an error while processing your request. Sorry about that!"),
            502, new Usual("server_error", null, "Bad gateway."),
            503, new Usual("server_error", null, "The engine is currently overloaded, please try again later."),
            504, new Usual("server_error", null, "Gateway timeout."));

    private ScenarioErrors() {
    }

    public static ApiError of(int status, ErrorSpec spec, Map<String, String> headers) {
        Usual usual = USUAL.getOrDefault(status, status >= 500 ? USUAL.get(500) : USUAL.get(400));
        ErrorSpec given = spec == null ? new ErrorSpec(null, null, null, null) : spec;
        return new ApiError(status, given.type() != null ? given.type() : usual.type(),
                given.message() != null ? given.message() : usual.message(), given.param(),
                given.code() != null ? given.code() : usual.code(), headers);
    }
}
