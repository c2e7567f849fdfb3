package dev.videoapiemulator.dialect.openai;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeletedWebhookEndpoint")
public record DeletedWebhookEndpointView(String id, @Schema(enumeration = "webhook_endpoint.deleted") String object,
        boolean deleted) {

    static DeletedWebhookEndpointView of(String id) {
        return new DeletedWebhookEndpointView(id, "webhook_endpoint.deleted", true);
    }
}
