package dev.videoapiemulator.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Named values of a call, in the order they were given: query parameters, or the fields of a
 * JSON body. Immutable, and absent values are left out, so an unset filter is never sent as an
 * empty one.
 */
final class Params {

    private static final Params NONE = new Params(Map.of());

    private final Map<String, Object> values;

    private Params(Map<String, Object> values) {
        this.values = values;
    }

    static Params none() {
        return NONE;
    }

    /** A copy with {@code name} set to {@code value}, or without {@code name} when the value is null. */
    Params with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new Params(Collections.unmodifiableMap(copy));
    }

    /** A copy with {@code name} set to {@code value} unless it is set already. */
    Params withDefault(String name, Object value) {
        return values.containsKey(name) ? this : with(name, value);
    }

    String get(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    Map<String, Object> asMap() {
        return values;
    }

    /** {@code a=1&b=x%20y}, or the empty string when there is nothing to send. */
    String toQuery() {
        return values.entrySet().stream()
                .map(e -> UrlComponent.encode(e.getKey()) + "=" + UrlComponent.encode(e.getValue().toString()))
                .collect(Collectors.joining("&"));
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
