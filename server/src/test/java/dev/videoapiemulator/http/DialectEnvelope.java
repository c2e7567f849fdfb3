package dev.videoapiemulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The error envelope each dialect answers in, picked by the path prefix the client called. */
public enum DialectEnvelope {

    /** {"error":{"message","type","param","code"}}, all four keys present. */
    OPENAI(Set.of("message", "type", "param", "code")),
    /** {"error":{"message","type","code"}}. */
    OPENAI_RELAY(Set.of("message", "type", "code")),
    /** {"code","message","data":null}, the HTTP status kept. */
    SORA_TASK(Set.of("code", "message", "data")),
    /** Kling's {"code","message","request_id"}, the code a number, the HTTP status kept. */
    KLING(Set.of("code", "message", "request_id")),
    /**
     * new-api's task errors as SORA_TASK; its middleware's {"error":{"message","type","code"}} and its
     * content proxy's {"error":{"message","type"}}.
     */
    NEW_API(Set.of("code", "message", "data"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> OPENAI_RELAY_WITHOUT_CODE = new TreeSet<>(Set.of("message", "type"));

    private final Set<String> keys;

    DialectEnvelope(Set<String> keys) {
        this.keys = keys;
    }

    public static DialectEnvelope forPath(String path) {
        // new-api's Kling routes, under the kling profile's prefix, are Kling's official API.
        if (path.startsWith("/kling-official/") || path.startsWith("/kling/v1/videos/text2video")
                || path.startsWith("/kling/v1/videos/image2video")) {
            return KLING;
        }
        if (path.startsWith("/openai-relay/")) {
            return OPENAI_RELAY;
        }
        if (path.startsWith("/new-api/")) {
            return NEW_API;
        }
        // /sora/v1/characters is served by the relay's resource, but under the sora profile's prefix.
        if (path.startsWith("/sora/")) {
            return SORA_TASK;
        }
        return OPENAI;
    }

    /** What is wrong with an answer to a request that must be refused: empty when it is a JSON 4xx in this envelope. */
    public List<String> problems(RawHttp.RawAnswer answer) {
        List<String> problems = new ArrayList<>();
        if (answer.status() < 400 || answer.status() > 499) {
            problems.add("status " + answer.status() + " is not a 4xx");
        }
        if (!answer.contentType().toLowerCase().startsWith("application/json")) {
            problems.add("Content-Type '" + answer.contentType() + "' is not application/json");
        }
        if (answer.body().length == 0) {
            problems.add("empty body");
            return problems;
        }
        if (answer.body()[0] == '<' || answer.contentType().contains("html")) {
            problems.add("HTML body");
        }
        JsonNode root;
        try {
            root = JSON.readTree(answer.body());
        } catch (IOException e) {
            problems.add("body is not JSON: " + Printable.clip(String.valueOf(e.getMessage()), 120));
            return problems;
        }
        problems.addAll(shapeProblems(root));
        return problems;
    }

    private List<String> shapeProblems(JsonNode root) {
        if (this == NEW_API) {
            if (!root.has("error")) {
                return SORA_TASK.shapeProblems(root);
            }
            List<String> problems = OPENAI_RELAY.shapeProblems(root);
            // the content proxy's errors are the middleware's without a code
            return problems.isEmpty() || OPENAI_RELAY_WITHOUT_CODE.equals(names(root.path("error")))
                    && problems.size() == 1 ? List.of() : problems;
        }
        List<String> problems = new ArrayList<>();
        boolean flat = this == SORA_TASK || this == KLING;
        JsonNode fields = flat ? root : root.path("error");
        if (!fields.isObject()) {
            problems.add(flat ? "body is not an object" : "no \"error\" object");
            return problems;
        }
        if (!flat && root.size() != 1) {
            problems.add("keys besides \"error\": " + names(root));
        }
        if (!names(fields).equals(new TreeSet<>(keys))) {
            problems.add("keys " + names(fields) + ", expected " + new TreeSet<>(keys) + " (" + this + " envelope)");
        }
        if (!fields.path("message").isTextual() || fields.path("message").asText().isBlank()) {
            problems.add("\"message\" is not a non-empty string");
        }
        if (this == SORA_TASK) {
            if (!fields.path("code").isTextual()) {
                problems.add("\"code\" is not a string");
            }
            if (!fields.has("data") || !fields.get("data").isNull()) {
                problems.add("\"data\" is not null");
            }
        } else if (this == KLING) {
            if (!fields.path("code").isInt() || fields.path("code").intValue() < 1000) {
                problems.add("\"code\" is not one of Kling's numbers");
            }
        } else if (!fields.path("type").isTextual()) {
            problems.add("\"type\" is not a string");
        }
        return problems;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
