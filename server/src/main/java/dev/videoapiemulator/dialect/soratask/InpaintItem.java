package dev.videoapiemulator.dialect.soratask;

import dev.videoapiemulator.dialect.FieldRules;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.request.RequestFields;
import java.util.Set;

/**
 * An image placed at a frame of the video. The document's example sends only {@code url}, often
 * empty ("no image"), so every field is optional; the ids are recorded, not resolved.
 */
record InpaintItem(
        String type,
        String url,
        @JsonProperty("frame_index") long frameIndex,
        @JsonProperty("preset_id") String presetId,
        @JsonProperty("generation_id") String generationId,
        @JsonProperty("upload_media_id") String uploadMediaId,
        @JsonProperty("source_start_frame") Long sourceStartFrame,
        @JsonProperty("source_end_frame") Long sourceEndFrame) {

    private static final Set<String> FIELDS = Set.of("type", "url", "frame_index", "preset_id", "generation_id",
            "upload_media_id", "source_start_frame", "source_end_frame");

    static InpaintItem read(RequestFields item, int frames) {
        item.allowOnly(FIELDS);
        String type = FieldRules.oneOf(item.path("type"), item.text("type"), SoraTaskRules.DEFAULT_INPAINT_TYPE,
                SoraTaskRules.INPAINT_TYPES);
        String url = item.text("url").orElse("");
        if (!url.isEmpty()) {
            SoraTaskRules.url(item.path("url"), url, true);
        }
        long frameIndex = SoraTaskRules.atLeast(item.path("frame_index"), item.integer("frame_index").orElse(0L), 0);
        if (frameIndex >= frames) {
            throw FieldErrors.aboveMaximum(item.path("frame_index"), frames - 1, frameIndex).exception();
        }
        Long start = item.integer("source_start_frame").map(f -> SoraTaskRules.atLeast(
                item.path("source_start_frame"), f, 0)).orElse(null);
        Long end = item.integer("source_end_frame").map(f -> SoraTaskRules.atLeast(
                item.path("source_end_frame"), f, 0)).orElse(null);
        if (start != null && end != null && end < start) {
            throw FieldErrors.belowMinimum(item.path("source_end_frame"), start, end).exception();
        }
        return new InpaintItem(type, url, frameIndex, item.text("preset_id").orElse(null),
                item.text("generation_id").orElse(null), item.text("upload_media_id").orElse(null), start, end);
    }
}
