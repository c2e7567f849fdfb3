package dev.videoapiemulator.request;

import dev.videoapiemulator.api.FieldErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.api.HttpErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * The parameters of a request body, the same whether the client sent JSON or multipart, with
 * typed reads that answer OpenAI's errors for a missing, unknown or mistyped parameter.
 * {@code prefix} names nested parameters in errors ({@code input_reference.image_url}).
 */
public final class RequestFields {

    private final Map<String, Field> fields;
    private final String prefix;
    /** Every part of a multipart body by name, repeats included; {@code fields} keeps the first of each. */
    private final Map<String, List<Field>> parts;

    private RequestFields(Map<String, Field> fields, String prefix) {
        this(fields, prefix, Map.of());
    }

    private RequestFields(Map<String, Field> fields, String prefix, Map<String, List<Field>> parts) {
        this.fields = fields;
        this.prefix = prefix;
        this.parts = parts;
    }

    public static RequestFields fromJson(ObjectMapper mapper, byte[] body) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : mapper.readTree(body);
        } catch (IOException e) {
            throw HttpErrors.malformedJson().exception();
        }
        if (root == null || !root.isObject()) {
            throw HttpErrors.malformedJson().exception();
        }
        return new RequestFields(jsonObject(root), "");
    }

    public static RequestFields fromMultipart(MultipartFormDataInput input) {
        Map<String, Field> fields = new LinkedHashMap<>();
        Map<String, List<Field>> parts = new LinkedHashMap<>();
        for (Map.Entry<String, Collection<FormValue>> entry : input.getValues().entrySet()) {
            if (entry.getKey() == null || entry.getKey().isEmpty()) {
                // A part without a name cannot be a parameter: the body is not a well-formed form.
                throw HttpErrors.malformedMultipart().exception();
            }
            for (FormValue value : entry.getValue()) {
                Field field = part(value);
                put(fields, entry.getKey(), field);
                parts.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(field);
            }
        }
        return new RequestFields(fields, "", parts);
    }

    public static RequestFields empty() {
        return new RequestFields(Map.of(), "");
    }

    /** Fails with "Unknown parameter" for the first parameter not in {@code allowed}. */
    public RequestFields allowOnly(Set<String> allowed) {
        for (String name : fields.keySet()) {
            if (!allowed.contains(name)) {
                throw FieldErrors.unknown(path(name)).exception();
            }
        }
        return this;
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    public Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public Optional<String> text(String name) {
        Field field = fields.get(name);
        if (field == null) {
            return Optional.empty();
        }
        if (field instanceof Field.Text text) {
            return Optional.of(text.value());
        }
        // The SDKs send nested strings such as video[id] as application/octet-stream parts
        // without a file name, which the server files as uploads.
        if (field instanceof Field.Upload upload && upload.file().fileName() == null) {
            return Optional.of(new String(upload.file().bytes(), StandardCharsets.UTF_8));
        }
        throw FieldErrors.wrongType(path(name), "a string", field.kind()).exception();
    }

    /**
     * Every value sent for a parameter, in order: the repeated parts of a multipart body, or the
     * elements of a JSON array, or the one value given; empty when the parameter is absent.
     */
    public List<Field> values(String name) {
        List<Field> repeated = parts.get(name);
        if (repeated != null) {
            return List.copyOf(repeated);
        }
        Field field = fields.get(name);
        if (field instanceof Field.Json json && json.node().isArray()) {
            List<Field> elements = new ArrayList<>();
            json.node().forEach(element -> elements.add(jsonField(element)));
            return elements;
        }
        return field == null ? List.of() : List.of(field);
    }

    public String requiredText(String name) {
        return text(name).orElseThrow(() -> FieldErrors.missing(path(name)).exception());
    }

    /**
     * A whole number: a JSON integer, or text of digits (multipart sends every number as text).
     * A fraction, or a value of another type, is an invalid type.
     */
    public Optional<Long> integer(String name) {
        Field field = fields.get(name);
        if (field == null) {
            return Optional.empty();
        }
        if (field instanceof Field.Json json && json.node().isIntegralNumber() && json.node().canConvertToLong()) {
            return Optional.of(json.node().longValue());
        }
        if (field instanceof Field.Text text) {
            try {
                return Optional.of(Long.parseLong(text.value().strip()));
            } catch (NumberFormatException e) {
                throw FieldErrors.notInteger(path(name), text.value()).exception();
            }
        }
        throw FieldErrors.wrongType(path(name), "an integer", field.kind()).exception();
    }

    /** Any number, integer or fraction, from JSON or from text. */
    public Optional<Double> number(String name) {
        Field field = fields.get(name);
        if (field == null) {
            return Optional.empty();
        }
        if (field instanceof Field.Json json && json.node().isNumber()) {
            return Optional.of(json.node().doubleValue());
        }
        if (field instanceof Field.Text text) {
            try {
                double value = Double.parseDouble(text.value().strip());
                if (Double.isFinite(value)) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // answered below, as for any other value that is not a number
            }
        }
        throw FieldErrors.wrongType(path(name), "a number", field.kind()).exception();
    }

    /** A JSON array of objects, each read like a body of its own and named {@code name[i].field} in errors. */
    public List<RequestFields> objects(String name) {
        Field field = fields.get(name);
        if (field == null) {
            return List.of();
        }
        if (!(field instanceof Field.Json json) || !json.node().isArray()) {
            throw FieldErrors.wrongType(path(name), "an array", field.kind()).exception();
        }
        List<RequestFields> items = new ArrayList<>();
        for (int i = 0; i < json.node().size(); i++) {
            JsonNode item = json.node().get(i);
            String itemPath = path(name) + "[" + i + "]";
            if (!item.isObject()) {
                throw FieldErrors.wrongType(itemPath, "an object", jsonField(item).kind()).exception();
            }
            items.add(new RequestFields(jsonObject(item), itemPath + "."));
        }
        return items;
    }

    public Optional<RequestFields> group(String name) {
        Field field = fields.get(name);
        if (field == null) {
            return Optional.empty();
        }
        if (field instanceof Field.Group group) {
            return Optional.of(new RequestFields(group.fields(), path(name) + "."));
        }
        throw FieldErrors.wrongType(path(name), "an object", field.kind()).exception();
    }

    /**
     * Every text and JSON scalar value by name, nested parameters as {@code parent.child} (multipart
     * brackets nest the same way); uploads are left out. What scenarios match on.
     */
    public Map<String, String> scalars() {
        Map<String, String> out = new LinkedHashMap<>();
        scalars("", fields, out);
        return out;
    }

    private static void scalars(String prefix, Map<String, Field> fields, Map<String, String> out) {
        fields.forEach((name, field) -> {
            if (field instanceof Field.Text text) {
                out.put(prefix + name, text.value());
            } else if (field instanceof Field.Json json && json.node().isValueNode()) {
                out.put(prefix + name, json.node().asText());
            } else if (field instanceof Field.Group group) {
                scalars(prefix + name + ".", group.fields(), out);
            }
        });
    }

    /** The full name of a parameter for error messages. */
    public String path(String name) {
        return prefix + name;
    }

    private static Map<String, Field> jsonObject(JsonNode node) {
        Map<String, Field> fields = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = e.getValue();
            if (value.isNull()) {
                continue;
            }
            fields.put(e.getKey(), jsonField(value));
        }
        return fields;
    }

    private static Field jsonField(JsonNode value) {
        return value.isTextual() ? new Field.Text(value.textValue())
                : value.isObject() ? new Field.Group(jsonObject(value)) : new Field.Json(value);
    }

    private static Field part(FormValue value) {
        if (value.isFileItem()) {
            String type = value.getHeaders() == null ? null : value.getHeaders().getFirst("Content-Type");
            return new Field.Upload(new UploadedFile(value.getFileName(), type, value.getFileItem()));
        }
        return new Field.Text(value.getValue());
    }

    /** Multipart names with brackets ({@code video[id]}) nest, as the SDKs send objects. */
    private static void put(Map<String, Field> fields, String name, Field value) {
        int open = name.indexOf('[');
        int close = name.indexOf(']', open + 1);
        if (open <= 0 || close < 0) {
            fields.putIfAbsent(name, value);
            return;
        }
        String parent = name.substring(0, open);
        String child = name.substring(open + 1, close) + name.substring(close + 1);
        Field existing = fields.get(parent);
        if (existing != null && !(existing instanceof Field.Group)) {
            throw FieldErrors.wrongType(parent, "either a file or an object", existing.kind()).exception();
        }
        Map<String, Field> nested = existing == null ? new LinkedHashMap<>() : ((Field.Group) existing).fields();
        put(nested, child, value);
        fields.put(parent, new Field.Group(nested));
    }
}
