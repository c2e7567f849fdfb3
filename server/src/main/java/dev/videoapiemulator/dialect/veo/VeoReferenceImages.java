package dev.videoapiemulator.dialect.veo;

import dev.videoapiemulator.request.Field;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.request.ImageInput;
import dev.videoapiemulator.request.RequestFields;
import java.util.List;

/**
 * Checks {@code input_reference}: one image per multipart part (repeated parts, in order: first
 * frame, then last frame) or per element of a JSON array, no more than the model takes, each a real
 * image or a URL.
 */
final class VeoReferenceImages {

    static final String PARAM = "input_reference";

    private VeoReferenceImages() {
    }

    static void check(RequestFields fields, VeoRules.ModelRow model) {
        List<Field> images = fields.values(PARAM);
        if (images.size() > model.mode().maxImages) {
            throw FieldErrors.invalid(PARAM, "Invalid '" + PARAM + "': model '" + model.name() + "' takes "
                    + model.mode().takes + " (at most " + model.mode().maxImages + "), but got " + images.size()
                    + " images.").exception();
        }
        images.forEach(image -> ImageInput.check(PARAM, image));
    }
}
