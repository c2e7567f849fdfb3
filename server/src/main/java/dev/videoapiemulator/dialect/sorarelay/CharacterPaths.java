package dev.videoapiemulator.dialect.sorarelay;

import dev.videoapiemulator.dialect.DocumentedRoutes;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * The character endpoint is one resource under two roots ({@link SoraRelayCharacterResource}); the
 * document lists it once per root, each with operation ids and a tag of its own.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CharacterPaths implements OASFilter {

    /** The roots the resource answers under, as its {@code @Path} template spells them. */
    static final String ROOTS = "sora-relay|sora";

    private static final String TEMPLATE = "/{root}/v1/characters";
    private static final Map<String, String> PREFIX_AND_TAG = Map.of("sora-relay", "soraRelay:Sora relay",
            "sora", "sora:Sora task API");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        PathItem shared = document.getPaths().getPathItem(TEMPLATE);
        if (shared == null) {
            throw new IllegalStateException("OpenAPI has no " + TEMPLATE + " to list per root");
        }
        document.getPaths().removePathItem(TEMPLATE);
        for (String root : ROOTS.split("\\|")) {
            String[] prefixAndTag = PREFIX_AND_TAG.get(root).split(":");
            PathItem item = DocumentedRoutes.copy(shared, prefixAndTag[0]);
            item.getOperations().values().forEach(operation -> operation.setTags(List.of(prefixAndTag[1])));
            document.getPaths().addPathItem("/" + root + "/v1/characters", item);
        }
    }
}
