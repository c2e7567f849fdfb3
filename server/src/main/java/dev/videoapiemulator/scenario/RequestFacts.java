package dev.videoapiemulator.scenario;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a scenario can match on. The body's fields are read only if a scenario asks for them:
 * text values by name, nested ones as {@code parent.child}.
 */
public final class RequestFacts {

    private final String profile;
    private final String method;
    private final String path;
    private final String key;
    private final Function<String, String> headers;
    private final Supplier<Map<String, String>> bodyReader;
    private Map<String, String> body;

    public RequestFacts(String profile, String method, String path, String key, Function<String, String> headers,
            Supplier<Map<String, String>> bodyReader) {
        this.profile = profile;
        this.method = method;
        this.path = path;
        this.key = key;
        this.headers = headers;
        this.bodyReader = bodyReader;
    }

    String profile() {
        return profile;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    String key() {
        return key;
    }

    String header(String name) {
        return headers.apply(name);
    }

    String field(String name) {
        if (body == null) {
            body = bodyReader.get();
        }
        return body.get(name);
    }
}
