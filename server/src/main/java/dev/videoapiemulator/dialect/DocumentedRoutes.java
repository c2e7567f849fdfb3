package dev.videoapiemulator.dialect;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Routes the server answers that no resource method declares: HEAD on every download (the REST
 * layer serves it from the GET), and the official API again under its profile prefix
 * {@code /openai/v1}, as the profile router serves it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class DocumentedRoutes implements OASFilter {

    private static final String OFFICIAL_ROOT = "/v1/";
    private static final String OFFICIAL_ALIAS = "/openai/v1/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null) {
            return;
        }
        Map<String, PathItem> paths = new LinkedHashMap<>(document.getPaths().getPathItems());
        paths.forEach((path, item) -> {
            if (path.endsWith("/content") && item.getGET() != null && item.getHEAD() == null) {
                item.setHEAD(head(item.getGET()));
            }
        });
        paths.forEach((path, item) -> {
            if (path.startsWith(OFFICIAL_ROOT)) {
                document.getPaths().addPathItem(OFFICIAL_ALIAS + path.substring(OFFICIAL_ROOT.length()),
                        copy(item, "openai"));
            }
        });
    }

    private static Operation head(Operation get) {
        APIResponses responses = OASFactory.createAPIResponses().addAPIResponse("200",
                OASFactory.createAPIResponse().description("The download's headers (length, type, ETag, ranges)"
                        + " without its body"));
        return OASFactory.createOperation().operationId(get.getOperationId() + "Head").summary("Headers of: "
                + get.getSummary()).tags(get.getTags()).parameters(get.getParameters()).responses(responses);
    }

    /**
     * The same operations, their ids prefixed with {@code prefix} (an OpenAPI document names each
     * operation once): {@code createVideo} under {@code openai} becomes {@code openaiCreateVideo}.
     */
    public static PathItem copy(PathItem item, String prefix) {
        PathItem copy = OASFactory.createPathItem().parameters(item.getParameters());
        item.getOperations().forEach((method, operation) -> copy.setOperation(method, OASFactory.createOperation()
                .operationId(prefix + Character.toUpperCase(operation.getOperationId().charAt(0))
                        + operation.getOperationId().substring(1))
                .summary(operation.getSummary()).description(operation.getDescription()).tags(operation.getTags())
                .parameters(operation.getParameters()).requestBody(operation.getRequestBody())
                .responses(operation.getResponses())));
        return copy;
    }
}
