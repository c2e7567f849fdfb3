package dev.videoapiemulator.dialect.klingofficial;

import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.dialect.FieldRules;
import dev.videoapiemulator.request.RequestFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code camera_control}: a {@code type} from Kling's list; for {@code simple}, a {@code config}
 * moving along exactly one axis by −10..10. The other types are fixed movements and take no config.
 */
record CameraControl(String type, Map<String, Double> config) {

    private static final Set<String> FIELDS = Set.of("type", "config");

    static Optional<CameraControl> read(RequestFields body) {
        return body.group("camera_control").map(CameraControl::control);
    }

    private static CameraControl control(RequestFields control) {
        control.allowOnly(FIELDS);
        String type = FieldRules.oneOf(control.path("type"), control.requiredText("type"),
                KlingOfficialRules.CAMERA_TYPES);
        Optional<RequestFields> config = control.group("config");
        if (!type.equals(KlingOfficialRules.SIMPLE_CAMERA)) {
            if (config.isPresent()) {
                throw FieldErrors.invalid(control.path("config"), "Invalid '" + control.path("config")
                        + "': only camera_control of type 'simple' takes a config, but the type is '" + type + "'.")
                        .exception();
            }
            return new CameraControl(type, Map.of());
        }
        RequestFields axes = config.orElseThrow(() -> FieldErrors.missing(control.path("config")).exception());
        return new CameraControl(type, axes(axes, control.path("config")));
    }

    private static Map<String, Double> axes(RequestFields config, String param) {
        config.allowOnly(Set.copyOf(KlingOfficialRules.CAMERA_AXES));
        Map<String, Double> moves = new LinkedHashMap<>();
        for (String axis : KlingOfficialRules.CAMERA_AXES) {
            double value = config.number(axis).map(v -> KlingOfficialRules.within(config.path(axis), v,
                    -KlingOfficialRules.CAMERA_BOUND, KlingOfficialRules.CAMERA_BOUND)).orElse(0.0);
            moves.put(axis, value);
        }
        long moving = moves.values().stream().filter(v -> v != 0).count();
        if (moving != 1) {
            throw FieldErrors.invalid(param, "Invalid '" + param + "': a simple camera moves along exactly one of "
                    + FieldErrors.quotedList(KlingOfficialRules.CAMERA_AXES) + ", but " + moving
                    + " are non-zero.").exception();
        }
        return moves;
    }
}
