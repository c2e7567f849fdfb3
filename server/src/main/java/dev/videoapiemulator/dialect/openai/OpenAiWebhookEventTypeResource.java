package dev.videoapiemulator.dialect.openai;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The event types a webhook endpoint may subscribe to, at /v1/webhook_event_types. */
@Path("/v1/webhook_event_types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "OpenAI Webhooks")
@NonBlocking
public class OpenAiWebhookEventTypeResource {

    @Inject
    OpenAiWebhooks webhooks;

    @GET
    @Operation(operationId = "listWebhookEventTypes", summary = "List the event types endpoints can subscribe to.")
    public WebhookEventTypeListView list() {
        return webhooks.eventTypes();
    }
}
