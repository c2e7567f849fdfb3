package dev.videoapiemulator.dialect.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies as OpenAPI shows them. Requests are read field by field (so that unknown and
 * mistyped fields get OpenAI's own errors), which leaves these shapes for the document alone. Their
 * enumerations come from the rule table ({@link OpenAiSchemaEnums}), so no list is written twice.
 */
final class OpenAiSchemas {

    private OpenAiSchemas() {
    }

    private static final String PROMPT = "Text prompt, 1 to 32000 characters.";
    private static final String MODEL = "sora-2 (default), sora-2-pro, or a dated snapshot of either.";
    private static final String SECONDS = "Clip length in seconds: 4 (default), 8 or 12.";
    private static final String SIZE = "720x1280 (default) or 1280x720; pro models also 1024x1792 and 1792x1024.";

    @Schema(name = "ImageReference", description = "Exactly one of image_url or file_id.")
    record ImageReference(
            @JsonProperty("image_url") @Schema(description = "A fully qualified URL or a base64 data URL") String imageUrl,
            @JsonProperty("file_id") String fileId) {
    }

    @Schema(name = "VideoReference")
    record VideoReference(@Schema(required = true, description = "Id of a completed video") String id) {
    }

    @Schema(name = "CreateVideoJsonBody")
    record CreateVideoJson(
            @Schema(required = true, description = PROMPT, minLength = 1, maxLength = 32000) String prompt,
            @Schema(description = MODEL) String model,
            @Schema(description = SECONDS) String seconds,
            @Schema(description = SIZE) String size,
            @JsonProperty("input_reference") @Schema(description = "First frame; must match size") ImageReference inputReference) {
    }

    @Schema(name = "CreateVideoMultipartBody")
    record CreateVideoMultipart(
            @Schema(required = true, description = PROMPT, minLength = 1, maxLength = 32000) String prompt,
            @Schema(description = MODEL) String model,
            @Schema(description = SECONDS) String seconds,
            @Schema(description = SIZE) String size,
            @JsonProperty("input_reference") @Schema(type = SchemaType.STRING, format = "binary",
                    description = "JPEG, PNG or WebP image of exactly the requested size; or send"
                            + " input_reference[image_url] / input_reference[file_id]") byte[] inputReference) {
    }

    @Schema(name = "CreateVideoRemixBody")
    record Remix(@Schema(required = true, description = PROMPT, minLength = 1, maxLength = 32000) String prompt) {
    }

    @Schema(name = "CreateVideoEditJsonBody")
    record EditJson(
            @Schema(required = true, description = PROMPT, minLength = 1, maxLength = 32000) String prompt,
            @Schema(required = true) VideoReference video) {
    }

    @Schema(name = "CreateVideoEditMultipartBody")
    record EditMultipart(
            @Schema(required = true, description = PROMPT, minLength = 1, maxLength = 32000) String prompt,
            @Schema(required = true, type = SchemaType.STRING, format = "binary",
                    description = "An MP4 to edit; or send video[id] for a completed video") byte[] video,
            @Schema(description = "Model for an uploaded video (default sora-2)") String model) {
    }

    @Schema(name = "CreateVideoExtendJsonBody")
    record ExtendJson(
            @Schema(required = true, description = PROMPT, minLength = 1, maxLength = 32000) String prompt,
            @Schema(required = true) VideoReference video,
            @Schema(required = true, description = "Seconds to add: 4, 8, 12, 16 or 20") String seconds) {
    }

    @Schema(name = "CreateVideoExtendMultipartBody")
    record ExtendMultipart(
            @Schema(required = true, description = PROMPT, minLength = 1, maxLength = 32000) String prompt,
            @Schema(required = true, type = SchemaType.STRING, format = "binary",
                    description = "An MP4 to extend; or send video[id] for a completed video") byte[] video,
            @Schema(required = true, description = "Seconds to add: 4, 8, 12, 16 or 20") String seconds) {
    }

    @Schema(name = "CreateVideoCharacterBody")
    record CreateCharacter(
            @Schema(required = true, minLength = 1, maxLength = 80) String name,
            @Schema(required = true, type = SchemaType.STRING, format = "binary") byte[] video) {
    }

    private static final String WEBHOOK_NAME = "A name for the endpoint.";
    private static final String WEBHOOK_URL = "The http or https URL that receives the events.";
    private static final String WEBHOOK_EVENTS = "The event types sent to the endpoint, at least one.";

    @Schema(name = "CreateWebhookEndpointBody")
    record CreateWebhookEndpoint(
            @Schema(required = true, description = WEBHOOK_NAME, minLength = 1) String name,
            @Schema(required = true, description = WEBHOOK_URL) String url,
            @JsonProperty("event_types") @Schema(required = true, description = WEBHOOK_EVENTS, minItems = 1)
            List<String> eventTypes) {
    }

    @Schema(name = "UpdateWebhookEndpointBody", description = "What is given replaces the endpoint's value.")
    record UpdateWebhookEndpoint(
            @Schema(description = WEBHOOK_NAME, minLength = 1) String name,
            @Schema(description = WEBHOOK_URL) String url,
            @JsonProperty("event_types") @Schema(description = WEBHOOK_EVENTS, minItems = 1)
            List<String> eventTypes) {
    }

    @Schema(name = "RotateWebhookEndpointSecretBody")
    record RotateWebhookEndpointSecret(
            @JsonProperty("keep_old_secret_active_for_24_hours") @Schema(description = "The old secret keeps"
                    + " signing, beside the new one, for 24 hours (default false).") Boolean keepOldSecret) {
    }

    @Schema(name = "TestWebhookEndpointBody")
    record TestWebhookEndpoint(
            @JsonProperty("event_type") @Schema(required = true, description = "The type of the sample event.")
            String eventType) {
    }
}
