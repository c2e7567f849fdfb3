package dev.videoapiemulator.dialect.kling;

import dev.videoapiemulator.dialect.SchemaEnums;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The Kling create body's enumerations, from {@link KlingRules}. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class KlingSchemaEnums implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        SchemaEnums.set(document, "KlingCreateVideoBody", "model", KlingRules.MODELS);
        SchemaEnums.set(document, "KlingCreateVideoBody", "response_format", KlingRules.RESPONSE_FORMATS);
    }
}
