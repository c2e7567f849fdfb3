package dev.videoapiemulator.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The common scenario, without writing YAML: requests matching a method, path and profile answer an
 * error, at most {@code times} times. Immutable: each method answers a copy with one more setting.
 * Anything richer (jobs, downloads, webhooks, delays) is written in the fixture format and added as
 * text with {@link ScenarioControl#add(String)}.
 */
public final class NewScenario {

    private final String name;
    private final Params match;
    private final Params respond;
    private final Params error;

    private NewScenario(String name, Params match, Params respond, Params error) {
        this.name = name;
        this.match = match;
        this.respond = respond;
        this.error = error;
    }

    /** A scenario of this name; adding one of the same name replaces it. */
    public static NewScenario named(String name) {
        return new NewScenario(Objects.requireNonNull(name, "name"), Params.none(), Params.none(), Params.none());
    }

    public NewScenario method(String method) {
        return matching("method", method);
    }

    /** The API path without the profile prefix, such as {@code /v1/videos}. */
    public NewScenario path(String path) {
        return matching("path", path);
    }

    public NewScenario profile(String profile) {
        return matching("profile", profile);
    }

    /** Takes at most this many matching requests, then lets the next ones through. */
    public NewScenario times(int times) {
        return matching("times", times);
    }

    /** Answers this error status (400 to 599) in the profile's envelope. */
    public NewScenario status(int status) {
        return new NewScenario(name, match, respond.with("status", status), error);
    }

    /** The envelope's {@code code}; unset, the status's usual one. */
    public NewScenario errorCode(String code) {
        return answeringError("code", code);
    }

    /** The envelope's {@code message}; unset, the status's usual one. */
    public NewScenario errorMessage(String message) {
        return answeringError("message", message);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return EmulatorJson.write(document());
    }

    /** The scenario in the fixture format; sections left empty are left out, as a fixture file would. */
    Map<String, Object> document() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", name);
        if (!match.isEmpty()) {
            document.put("match", match.asMap());
        }
        Params answer = error.isEmpty() ? respond : respond.with("error", error.asMap());
        if (!answer.isEmpty()) {
            document.put("respond", answer.asMap());
        }
        return document;
    }

    private NewScenario matching(String criterion, Object value) {
        return new NewScenario(name, match.with(criterion, value), respond, error);
    }

    private NewScenario answeringError(String field, String value) {
        return new NewScenario(name, match, respond, error.with(field, value));
    }
}
