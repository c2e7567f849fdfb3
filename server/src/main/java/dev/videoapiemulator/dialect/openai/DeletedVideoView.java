package dev.videoapiemulator.dialect.openai;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeletedVideo")
public record DeletedVideoView(String id, @Schema(enumeration = "video.deleted") String object, boolean deleted) {

    static DeletedVideoView of(String id) {
        return new DeletedVideoView(id, "video.deleted", true);
    }
}
