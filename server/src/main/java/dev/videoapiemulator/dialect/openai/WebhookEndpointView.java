package dev.videoapiemulator.dialect.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.videoapiemulator.webhook.KeyEndpoint;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint as the official API answers it; the secret itself only in create and rotate answers. */
@Schema(name = "WebhookEndpoint")
@JsonPropertyOrder({"id", "object", "created_at", "updated_at", "name", "url", "event_types", "signing_secret_hint",
        "signing_secret"})
public record WebhookEndpointView(
        String id,
        @Schema(enumeration = "webhook_endpoint") String object,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("updated_at") @Schema(description = "Unix seconds of the last change; null before any") Long updatedAt,
        String name,
        String url,
        @JsonProperty("event_types") List<String> eventTypes,
        @JsonProperty("signing_secret_hint") @Schema(description = "whsec_, then the secret's last characters")
        String signingSecretHint,
        @JsonProperty("signing_secret") @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The signing secret: answered by create and rotate_secret only") String signingSecret) {

    static WebhookEndpointView of(KeyEndpoint endpoint) {
        return view(endpoint, null);
    }

    static WebhookEndpointView withSecret(KeyEndpoint endpoint) {
        return view(endpoint, endpoint.secret());
    }

    private static WebhookEndpointView view(KeyEndpoint e, String secret) {
        return new WebhookEndpointView(e.id(), "webhook_endpoint", e.createdAt().getEpochSecond(),
                e.updatedAt() == null ? null : e.updatedAt().getEpochSecond(), e.name(), e.url(), e.eventTypes(),
                e.secretHint(), secret);
    }
}
