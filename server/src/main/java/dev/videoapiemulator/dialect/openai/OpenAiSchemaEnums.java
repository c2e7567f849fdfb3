package dev.videoapiemulator.dialect.openai;

import dev.videoapiemulator.dialect.SchemaEnums;
import dev.videoapiemulator.webhook.WebhookEventTypes;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The official request bodies' enumerations, from {@link OpenAiRules} as the default configuration applies it,
 * and the webhook event types from {@link WebhookEventTypes}.
 */
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
        for (String body : new String[] {"CreateWebhookEndpointBody", "UpdateWebhookEndpointBody"}) {
            SchemaEnums.setItems(document, body, "event_types", WebhookEventTypes.ALL);
        }
        SchemaEnums.set(document, "TestWebhookEndpointBody", "event_type", WebhookEventTypes.ALL);
    }
}
