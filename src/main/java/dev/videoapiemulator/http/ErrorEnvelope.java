package dev.videoapiemulator.http;

import dev.videoapiemulator.api.ApiError;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes an error in OpenAI's envelope: {"error":{"message","type","param","code"}}, all four keys always present. */
public final class ErrorEnvelope {

    private ErrorEnvelope() {
    }

    public static Map<String, Object> body(ApiError error) {
        Map<String, Object> inner = new LinkedHashMap<>(4);
        inner.put("message", error.message());
        inner.put("type", error.type());
        inner.put("param", error.param());
        inner.put("code", error.code());
        return Map.of("error", inner);
    }

    public static Response response(ApiError error) {
        Response.ResponseBuilder builder = Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(error));
        error.headers().forEach(builder::header);
        return builder.build();
    }
}
