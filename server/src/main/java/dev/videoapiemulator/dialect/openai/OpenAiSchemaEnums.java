package dev.videoapiemulator.dialect.openai;

import dev.videoapiemulator.dialect.SchemaEnums;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The official request bodies' enumerations, from {@link OpenAiRules} as the default configuration applies it. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenAiSchemaEnums implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        for (String body : new String[] {"CreateVideoJsonBody", "CreateVideoMultipartBody"}) {
            SchemaEnums.set(document, body, "seconds", OpenAiRules.secondsValues(false));
            SchemaEnums.set(document, body, "size", OpenAiRules.sizeValues(false));
            SchemaEnums.set(document, body, "model", OpenAiRules.listedModels());
        }
        for (String body : new String[] {"CreateVideoExtendJsonBody", "CreateVideoExtendMultipartBody"}) {
            SchemaEnums.set(document, body, "seconds", OpenAiRules.extensionSecondsValues());
        }
    }
}
