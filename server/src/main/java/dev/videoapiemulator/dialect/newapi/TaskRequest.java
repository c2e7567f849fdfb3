package dev.videoapiemulator.dialect.newapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.videoapiemulator.api.ApiException;
import dev.videoapiemulator.request.Field;
import dev.videoapiemulator.request.RequestFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A submit body as new-api's {@code TaskSubmitReq} reads it: unknown fields are ignored, a string
 * field of another JSON type is an unreadable body (in Go's words), and the lenient fields are
 * lenient: {@code duration} is a whole number or a string of one, anything else counts as absent;
 * {@code metadata} is an object or a string of a JSON object, anything else counts as absent.
 * Multipart and JSON bodies are read alike.
 */
record TaskRequest(String model, String prompt, String mode, List<String> images, String size, long duration,
        String seconds, ObjectNode metadata) {

    private static final String STRUCT = "TaskSubmitReq";
    /** What Go's strconv.Atoi takes: an optional sign and digits, nothing around them. */
    private static final Pattern ATOI = Pattern.compile("[+-]?\\d{1,18}");

    /** The model, as the distributor reads it before anything else (it reads nothing else). */
    static String model(RequestFields fields) {
        Field field = fields.field("model").orElse(null);
        if (field instanceof Field.Json || field instanceof Field.Group) {
            throw NewApiErrors.unreadableModel(goTypeError("ModelRequest", "model", field, "string")).exception();
        }
        return field instanceof Field.Text text ? text.value() : "";
    }

    static TaskRequest read(RequestFields fields, Platform platform, ObjectMapper mapper) {
        String prompt = string(fields, "prompt", platform);
        String mode = string(fields, "mode", platform);
        String image = string(fields, "image", platform);
        List<String> images = images(fields, platform);
        String size = string(fields, "size", platform);
        String seconds = string(fields, "seconds", platform);
        String inputReference = string(fields, "input_reference", platform);
        if (images.isEmpty() && !image.isBlank()) {
            images = List.of(image);
        }
        // Only the sora adaptor knows input_reference, which replaces the images.
        if (platform == Platform.SORA && !inputReference.isEmpty()) {
            images = List.of(inputReference);
        }
        return new TaskRequest(model(fields), prompt, mode, images, size, duration(fields),
                seconds, metadata(fields, mapper));
    }

    /** {@code seconds} as Go's Atoi reads it: 0 unless it is a whole number. */
    long secondsValue() {
        return atoi(seconds).orElse(0L);
    }

    private static String string(RequestFields fields, String name, Platform platform) {
        Field field = fields.field(name).orElse(null);
        if (field == null || field instanceof Field.Upload) {
            // A file part is no form value: new-api does not see it as the field.
            return "";
        }
        if (field instanceof Field.Text text) {
            return text.value();
        }
        throw unreadable(platform, goTypeError(STRUCT, name, field, "string"));
    }

    private static List<String> images(RequestFields fields, Platform platform) {
        Field field = fields.field("images").orElse(null);
        if (field == null) {
            return List.of();
        }
        boolean array = field instanceof Field.Json json && json.node().isArray();
        if (!array && !(field instanceof Field.Text) && !(field instanceof Field.Upload)) {
            throw unreadable(platform, goTypeError(STRUCT, "images", field, "[]string"));
        }
        List<String> images = new ArrayList<>();
        for (Field element : fields.values("images")) {
            if (element instanceof Field.Text text) {
                images.add(text.value());
            } else if (array) {
                throw unreadable(platform, goTypeError(STRUCT, "images", element, "string"));
            }
        }
        return images;
    }

    private static long duration(RequestFields fields) {
        Field field = fields.field("duration").orElse(null);
        if (field instanceof Field.Json json && json.node().isIntegralNumber() && json.node().canConvertToLong()) {
            return json.node().longValue();
        }
        return field instanceof Field.Text text ? atoi(text.value()).orElse(0L) : 0;
    }

    private static Optional<Long> atoi(String text) {
        return ATOI.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    private static ObjectNode metadata(RequestFields fields, ObjectMapper mapper) {
        Field field = fields.field("metadata").orElse(null);
        if (field instanceof Field.Group group) {
            return object(group.fields());
        }
        if (field instanceof Field.Text text && !text.value().isEmpty()) {
            try {
                return mapper.readTree(text.value()) instanceof ObjectNode object ? object : null;
            } catch (JsonProcessingException notJson) {
                return null;
            }
        }
        return null;
    }

    /** Bracketed multipart parts or a JSON object, back as the JSON they stand for; file parts are left out. */
    private static ObjectNode object(Map<String, Field> fields) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        fields.forEach((name, value) -> {
            if (value instanceof Field.Text text) {
                object.put(name, text.value());
            } else if (value instanceof Field.Json json) {
                object.set(name, json.node());
            } else if (value instanceof Field.Group group) {
                object.set(name, object(group.fields()));
            }
        });
        return object;
    }

    private static ApiException unreadable(Platform platform, String goError) {
        return NewApiErrors.task(400, platform.unreadableBodyCode, goError).exception();
    }

    /** encoding/json's UnmarshalTypeError, as new-api passes it on. */
    static String goTypeError(String struct, String name, Field field, String goType) {
        return "json: cannot unmarshal " + jsonKind(field) + " into Go struct field " + struct + "." + name
                + " of type " + goType;
    }

    private static String jsonKind(Field field) {
        if (field instanceof Field.Group) {
            return "object";
        }
        if (field instanceof Field.Json json) {
            return switch (json.node().getNodeType()) {
                case BOOLEAN -> "bool";
                case ARRAY -> "array";
                default -> "number";
            };
        }
        return "string";
    }
}
