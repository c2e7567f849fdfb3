package dev.videoapiemulator.dialect;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * Resources take a body as the server reads it (a JSON body as {@code RequestFields}, a form as the
 * REST layer's {@code MultipartFormDataInput}), types that are no part of any API. The document shows
 * such a body as the schema the operation declares for another content type of it (the fields are
 * the same), else as an object, and leaves the readers' internals out.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class FieldBodies implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final Set<String> READERS = Set.of("RequestFields", "MultipartFormDataInput");
    /** The readers' schemas and what only they refer to. */
    private static final Set<String> INTERNALS = Set.of("RequestFields", "Field", "MultipartFormDataInput",
            "FormValue", "FileItem", "Path", "FileSystem", "FileStore", "UserPrincipalLookupService",
            "MultivaluedMapStringString");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() != null) {
            document.getPaths().getPathItems().values().stream()
                    .flatMap(item -> item.getOperations().values().stream())
                    .map(operation -> operation.getRequestBody()).filter(Objects::nonNull)
                    .forEach(FieldBodies::describe);
        }
        if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
            INTERNALS.forEach(document.getComponents()::removeSchema);
        }
    }

    private static void describe(RequestBody body) {
        if (body.getContent() == null) {
            return;
        }
        Map<String, MediaType> contents = body.getContent().getMediaTypes();
        Schema declared = contents.values().stream().map(MediaType::getSchema)
                .filter(schema -> schema != null && !isReader(schema)).findFirst()
                .orElseGet(() -> OASFactory.createSchema().addType(Schema.SchemaType.OBJECT));
        contents.values().stream().filter(content -> content.getSchema() == null || isReader(content.getSchema()))
                .forEach(content -> content.setSchema(declared));
    }

    private static boolean isReader(Schema schema) {
        return schema.getRef() != null && READERS.stream().anyMatch(name -> schema.getRef().equals(SCHEMAS + name));
    }
}
