package dev.videoapiemulator.dialect.sorarelay;

import dev.videoapiemulator.request.Field;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.request.RequestFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the relay's form values. Its clients send every field of the form, empty when unused, so an
 * empty value counts as absent; booleans come as the strings {@code true} and {@code false}.
 */
final class RelayFields {

    private static final List<String> BOOLEANS = List.of("true", "false");

    private RelayFields() {
    }

    static Optional<String> text(RequestFields fields, String name) {
        return fields.text(name).filter(value -> !value.isEmpty());
    }

    static String requiredText(RequestFields fields, String name) {
        return text(fields, name).orElseThrow(() -> FieldErrors.missing(name).exception());
    }

    static boolean flag(RequestFields fields, String name) {
        Optional<Field> field = fields.field(name);
        if (field.isPresent() && field.get() instanceof Field.Json json && json.node().isBoolean()) {
            return json.node().booleanValue();
        }
        if (field.isPresent() && !(field.get() instanceof Field.Text)) {
            throw FieldErrors.wrongType(name, "a boolean", field.get().kind()).exception();
        }
        String value = text(fields, name).map(v -> v.strip().toLowerCase(Locale.ROOT)).orElse("false");
        if (!BOOLEANS.contains(value)) {
            throw FieldErrors.notOneOf(name, fields.requiredText(name), BOOLEANS).exception();
        }
        return Boolean.parseBoolean(value);
    }
}
