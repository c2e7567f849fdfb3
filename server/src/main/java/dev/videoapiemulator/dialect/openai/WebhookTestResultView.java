package dev.videoapiemulator.dialect.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a receiver answered a test event. The SDKs type {@code success} as always true: an answer of
 * any status is reported here, a receiver that never answers is an error instead.
 */
@Schema(name = "WebhookEndpointTestResult")
@JsonPropertyOrder({"object", "webhook_endpoint_id", "event_type", "status_code", "success"})
public record WebhookTestResultView(
        @Schema(enumeration = "webhook_endpoint.test") String object,
        @JsonProperty("webhook_endpoint_id") String webhookEndpointId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("status_code") @Schema(description = "The HTTP status the receiver answered") int statusCode,
        @Schema(enumeration = "true") boolean success) {

    static WebhookTestResultView of(String endpointId, String eventType, int statusCode) {
        return new WebhookTestResultView("webhook_endpoint.test", endpointId, eventType, statusCode, true);
    }
}
