package dev.videoapiemulator.dialect.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VideoList")
public record VideoListView(
        @Schema(enumeration = "list") String object,
        List<VideoView> data,
        @JsonProperty("first_id") String firstId,
        @JsonProperty("last_id") String lastId,
        @JsonProperty("has_more") boolean hasMore) {

    static VideoListView of(List<VideoView> data, boolean hasMore) {
        return new VideoListView("list", data,
                data.isEmpty() ? null : data.get(0).id(),
                data.isEmpty() ? null : data.get(data.size() - 1).id(),
                hasMore);
    }
}
