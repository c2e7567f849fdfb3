package dev.videoapiemulator.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies made from a valid example, so that each test states only what it changes. */
public final class Bodies {

    private Bodies() {
    }

    /** {@code example} changed by {@code overrides}: a field's name, its value, the next name...; a null value removes the field. */
    public static Map<String, Object> changed(Map<String, ?> example, Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>(example);
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                body.remove((String) overrides[i]);
            } else {
                body.put((String) overrides[i], overrides[i + 1]);
            }
        }
        return body;
    }
}
