package dev.videoapiemulator.dialect.klingofficial;

import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.request.Field;
import dev.videoapiemulator.request.ImageInput;
import dev.videoapiemulator.request.ImageProbe;
import dev.videoapiemulator.request.RequestFields;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * image2video's pictures: {@code image}, {@code image_tail} and the motion brush's masks, each an
 * http(s) URL or raw base64 (Kling refuses a {@code data:} prefix), decoded and probed; the start
 * frame, the end frame, the motion brush and camera control cannot be combined, as Kling refuses.
 */
final class KlingImages {

    private static final Set<String> DYNAMIC_MASK_FIELDS = Set.of("mask", "trajectories");
    private static final Set<String> POINT_FIELDS = Set.of("x", "y");

    /** The start frame's size when its bytes were sent (a URL is never fetched), and which extras the task has. */
    record Frames(Optional<ImageProbe.ImageInfo> image, boolean tail, boolean brush) {
    }

    private KlingImages() {
    }

    static Frames read(RequestFields body, Optional<CameraControl> camera) {
        Optional<ImageProbe.ImageInfo> image = picture("image", body.field("image")
                .orElseThrow(() -> FieldErrors.missing("image").exception()));
        boolean tail = body.field("image_tail").map(field -> picture("image_tail", field)).isPresent();
        boolean staticMask = body.field("static_mask").map(field -> picture("static_mask", field)).isPresent();
        List<RequestFields> dynamic = body.objects("dynamic_masks");
        if (dynamic.size() > KlingOfficialRules.DYNAMIC_MASKS_MAX) {
            throw FieldErrors.invalid("dynamic_masks", "Invalid 'dynamic_masks': at most "
                    + KlingOfficialRules.DYNAMIC_MASKS_MAX + " masks, but got " + dynamic.size() + ".").exception();
        }
        dynamic.forEach(KlingImages::dynamicMask);
        boolean brush = staticMask || !dynamic.isEmpty();
        refuseCombined(tail, brush, camera.isPresent());
        return new Frames(image, tail, brush);
    }

    /** The start and end frames, the motion brush and camera control: at most one of them per task. */
    private static void refuseCombined(boolean tail, boolean brush, boolean camera) {
        List<String> named = Stream.of(tail ? "image_tail" : null, brush ? "static_mask/dynamic_masks" : null,
                camera ? "camera_control" : null).filter(Objects::nonNull).toList();
        if (named.size() > 1) {
            throw FieldErrors.invalid(named.get(1).split("/")[0], "Invalid request: " + String.join(" and ", named)
                    + " cannot be combined; an end frame, the motion brush and camera control each need the task to"
                    + " themselves.").exception();
        }
    }

    private static void dynamicMask(RequestFields mask) {
        mask.allowOnly(DYNAMIC_MASK_FIELDS);
        picture(mask.path("mask"), mask.field("mask")
                .orElseThrow(() -> FieldErrors.missing(mask.path("mask")).exception()));
        List<RequestFields> points = mask.objects("trajectories");
        if (points.size() < KlingOfficialRules.TRAJECTORY_MIN || points.size() > KlingOfficialRules.TRAJECTORY_MAX) {
            throw FieldErrors.invalid(mask.path("trajectories"), "Invalid '" + mask.path("trajectories")
                    + "': expected " + KlingOfficialRules.TRAJECTORY_MIN + " to " + KlingOfficialRules.TRAJECTORY_MAX
                    + " points, but got " + points.size() + ".").exception();
        }
        for (RequestFields point : points) {
            point.allowOnly(POINT_FIELDS);
            for (String axis : POINT_FIELDS) {
                long value = point.integer(axis).orElseThrow(() -> FieldErrors.missing(point.path(axis)).exception());
                if (value < 0) {
                    throw FieldErrors.belowMinimum(point.path(axis), 0, value).exception();
                }
            }
        }
    }

    private static Optional<ImageProbe.ImageInfo> picture(String param, Field field) {
        if (field instanceof Field.Text text && text.value().strip().startsWith("data:")) {
            throw FieldErrors.invalid(param, "Invalid '" + param + "': send an http(s) URL or the raw base64 of the"
                    + " image, without a 'data:' prefix.").exception();
        }
        if (field instanceof Field.Upload) {
            throw FieldErrors.wrongType(param, "a string", field.kind()).exception();
        }
        return ImageInput.check(param, field);
    }
}
