package dev.videoapiemulator.dialect;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes a rule table's values into the OpenAPI document as a property's enumeration, so the
 * document and the validation never disagree. A schema or property that is gone is an error: a
 * refactor must not drop an enumeration silently.
 */
public final class SchemaEnums {

    private SchemaEnums() {
    }

    public static void set(OpenAPI document, String schema, String property, List<String> values) {
        property(document, schema, property).setEnumeration(new ArrayList<>(values));
    }

    /** The enumeration of an array property's items. */
    public static void setItems(OpenAPI document, String schema, String property, List<String> values) {
        Schema items = property(document, schema, property).getItems();
        if (items == null) {
            throw new IllegalStateException("OpenAPI property " + schema + "." + property + " is no array");
        }
        items.setEnumeration(new ArrayList<>(values));
    }

    private static Schema property(OpenAPI document, String schema, String property) {
        Schema owner = document.getComponents() == null || document.getComponents().getSchemas() == null ? null
                : document.getComponents().getSchemas().get(schema);
        Schema target = owner == null || owner.getProperties() == null ? null : owner.getProperties().get(property);
        if (target == null) {
            throw new IllegalStateException("OpenAPI has no property " + schema + "." + property + " to enumerate");
        }
        return target;
    }
}
