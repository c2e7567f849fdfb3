package dev.videoapiemulator.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.scenario.FixtureFieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code details} of a declared job, read by its dialect ({@link Dialect#declaredDetails}), with
 * the job's id, spec and creation time for details derived from them. Refusals name the field
 * within {@code details}.
 */
public record DeclaredDetails(String id, VideoSpec spec, Instant createdAt, ObjectNode fields) {

    /** Refuses any field but these. */
    public DeclaredDetails allowOnly(Set<String> known) {
        List<String> unknown = new ArrayList<>();
        fields.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new FixtureFieldError(unknown.get(0), "unknown field '" + unknown.get(0) + "' (known: "
                    + known.stream().sorted().toList() + ")");
        }
        return this;
    }

    public Optional<ObjectNode> object(String name) {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!(node instanceof ObjectNode object)) {
            throw new FixtureFieldError(name, name + " must be an object");
        }
        return Optional.of(object);
    }

    public Optional<String> text(String name) {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new FixtureFieldError(name, name + " must be a string");
        }
        return Optional.of(node.asText());
    }

    public boolean flag(String name) {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new FixtureFieldError(name, name + " must be true or false");
        }
        return node.asBoolean();
    }

    public List<String> texts(String name) {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> values.add(item.isTextual() && !item.asText().isBlank() ? item.asText() : null));
        }
        if (!node.isArray() || values.isEmpty() || values.contains(null)) {
            throw new FixtureFieldError(name, name + " must be a list of non-empty strings");
        }
        return List.copyOf(values);
    }
}
