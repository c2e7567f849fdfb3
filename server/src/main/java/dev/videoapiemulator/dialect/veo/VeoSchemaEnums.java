package dev.videoapiemulator.dialect.veo;

import dev.videoapiemulator.dialect.SchemaEnums;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The Veo create body's enumerations, from {@link VeoRules}. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class VeoSchemaEnums implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        SchemaEnums.set(document, "VeoCreateVideoBody", "model", VeoRules.MODELS.stream().map(VeoRules.ModelRow::name)
                .toList());
        SchemaEnums.set(document, "VeoCreateVideoBody", "seconds", VeoRules.SECONDS);
        SchemaEnums.set(document, "VeoCreateVideoBody", "watermark", VeoRules.WATERMARK);
    }
}
