package dev.videoapiemulator.dialect.kling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.videoapiemulator.request.Field;
import dev.videoapiemulator.api.FieldErrors;
import java.util.Map;

/**
 * {@code metadata}: any JSON object (negative_prompt, style, ...), echoed in the answer. Multipart
 * sends it as JSON text, and new-api accepts JSON text in a JSON body too; bracketed multipart
 * names ({@code metadata[style]}) make an object of strings.
 */
final class KlingMetadata {

    static final String PARAM = "metadata";

    private KlingMetadata() {
    }

    static ObjectNode read(ObjectMapper mapper, Field field) {
        if (field instanceof Field.Group group) {
            return object(group.fields());
        }
        if (field instanceof Field.Text text) {
            return parse(mapper, text.value());
        }
        throw FieldErrors.wrongType(PARAM, "an object", field.kind()).exception();
    }

    private static ObjectNode parse(ObjectMapper mapper, String text) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw FieldErrors.invalid(PARAM, "Invalid 'metadata': expected a JSON object, but got '" + text + "'.")
                .exception();
    }

    private static ObjectNode object(Map<String, Field> fields) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        fields.forEach((name, value) -> object.set(name, node(name, value)));
        return object;
    }

    private static JsonNode node(String name, Field value) {
        if (value instanceof Field.Text text) {
            return JsonNodeFactory.instance.textNode(text.value());
        }
        if (value instanceof Field.Json json) {
            return json.node();
        }
        if (value instanceof Field.Group group) {
            return object(group.fields());
        }
        throw FieldErrors.wrongType(PARAM + "." + name, "a JSON value", value.kind()).exception();
    }
}
