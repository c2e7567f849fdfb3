package dev.videoapiemulator.dialect.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookEndpointList")
public record WebhookEndpointListView(
        @Schema(enumeration = "list") String object,
        List<WebhookEndpointView> data,
        @JsonProperty("first_id") String firstId,
        @JsonProperty("last_id") String lastId,
        @JsonProperty("has_more") boolean hasMore) {

    static WebhookEndpointListView of(List<WebhookEndpointView> data, boolean hasMore) {
        return new WebhookEndpointListView("list", data, data.isEmpty() ? null : data.get(0).id(),
                data.isEmpty() ? null : data.get(data.size() - 1).id(), hasMore);
    }
}
