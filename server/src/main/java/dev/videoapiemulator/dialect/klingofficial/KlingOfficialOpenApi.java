package dev.videoapiemulator.dialect.klingofficial;

import dev.videoapiemulator.dialect.DocumentedRoutes;
import dev.videoapiemulator.dialect.SchemaEnums;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * The Kling bodies' enumerations, from {@link KlingOfficialRules}, and the same routes again under
 * new-api's {@code /kling/v1/videos/...}, as the profile router serves them (operation ids prefixed
 * {@code newApi}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class KlingOfficialOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        for (String body : List.of("KlingText2VideoBody", "KlingImage2VideoBody")) {
            SchemaEnums.set(document, body, "mode", KlingOfficialRules.Mode.ALL.stream().map(m -> m.value).toList());
            SchemaEnums.set(document, body, "duration", KlingOfficialRules.DURATIONS);
            SchemaEnums.set(document, body, "sound", KlingOfficialRules.SOUNDS);
        }
        SchemaEnums.set(document, "KlingText2VideoBody", "model_name", KlingOfficialRules.Action.TEXT2VIDEO.models());
        SchemaEnums.set(document, "KlingImage2VideoBody", "model_name",
                KlingOfficialRules.Action.IMAGE2VIDEO.models());
        SchemaEnums.set(document, "KlingText2VideoBody", "aspect_ratio",
                KlingOfficialRules.AspectRatio.ALL.stream().map(r -> r.value).toList());
        SchemaEnums.set(document, "KlingCameraControl", "type", KlingOfficialRules.CAMERA_TYPES);
        if (document.getPaths() == null) {
            return;
        }
        String root = KlingOfficialDialect.ROOT + "/v1/videos/";
        Map<String, PathItem> paths = new LinkedHashMap<>(document.getPaths().getPathItems());
        paths.forEach((path, item) -> {
            if (path.startsWith(root)) {
                document.getPaths().addPathItem(KlingOfficialDialect.RELAY_ROOT + path.substring(
                        KlingOfficialDialect.ROOT.length()), DocumentedRoutes.copy(item, "newApi"));
            }
        });
    }
}
