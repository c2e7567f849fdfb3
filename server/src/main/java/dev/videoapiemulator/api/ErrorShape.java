package dev.videoapiemulator.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a dialect words an error: the JSON body of the answer. The status and headers are the
 * error's own and are put on the answer by the one writer, so no shape can add them twice.
 */
@FunctionalInterface
public interface ErrorShape {

    Object body(ApiError error);

    /** OpenAI's envelope: {"error":{"message","type","param","code"}}, all four keys always present. */
    ErrorShape OPENAI = error -> {
        Map<String, Object> inner = new LinkedHashMap<>(4);
        inner.put("message", error.message());
        inner.put("type", error.type());
        inner.put("param", error.param());
        inner.put("code", error.code());
        return Map.of("error", inner);
    };
}
