package dev.videoapiemulator.dialect.newapi;

import dev.videoapiemulator.dialect.SchemaEnums;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The submit body's and the answers' enumerations, from {@link NewApiRules}, {@link UpstreamRules} and {@link TaskStatus}. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class NewApiSchemaEnums implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        SchemaEnums.set(document, "NewApiSubmitBody", "model",
                NewApiRules.MODELS.stream().map(NewApiRules.ModelRow::name).toList());
        SchemaEnums.set(document, "NewApiSubmitBody", "mode", UpstreamRules.KLING_MODES);
        SchemaEnums.set(document, "NewApiTask", "status", Arrays.stream(TaskStatus.values()).map(Enum::name).toList());
        SchemaEnums.set(document, "NewApiTask", "action",
                List.of(NewApiTaskDetails.GENERATE, NewApiTaskDetails.TEXT_GENERATE));
        SchemaEnums.set(document, "NewApiTask", "platform",
                Arrays.stream(Platform.values()).map(platform -> platform.number).toList());
        SchemaEnums.set(document, "NewApiVideo", "status",
                Arrays.stream(TaskStatus.values()).map(status -> status.videoStatus).distinct().toList());
    }
}
