package dev.videoapiemulator.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.videoapiemulator.scenario.WebhookEndpoint;

/** The body of OpenAI's webhooks, video events and endpoints' test events alike: {@code {"id":"evt_...","object":"event","created_at","type","data":{"id"}}}. */
@JsonPropertyOrder({"id", "object", "created_at", "type", "data"})
record VideoEvent(String id, String object, @JsonProperty("created_at") long createdAt, String type, Data data) {

    static final String COMPLETED = WebhookEndpoint.COMPLETED;
    static final String FAILED = WebhookEndpoint.FAILED;

    record Data(String id) {
    }

    static VideoEvent of(String eventId, long createdAt, String type, String videoId) {
        return new VideoEvent(eventId, "event", createdAt, type, new Data(videoId));
    }
}
