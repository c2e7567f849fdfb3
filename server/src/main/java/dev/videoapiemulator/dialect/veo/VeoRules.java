package dev.videoapiemulator.dialect.veo;

import dev.videoapiemulator.dialect.FieldRules;
import java.util.List;

/**
 * The Veo relay's models and limits as data: each model the relay lists, with what its
 * {@code input_reference} may carry and whether it renders 4K. A new model is one row.
 */
final class VeoRules {

    /** What the images of {@code input_reference} mean for a model; every mode also takes text alone. */
    enum ImageMode {
        FIRST_FRAME(1, "a first frame"),
        FRAMES(2, "a first frame, or first and last frames"),
        COMPONENTS(3, "1 to 3 reference images");

        final int maxImages;
        final String takes;

        ImageMode(int maxImages, String takes) {
            this.maxImages = maxImages;
            this.takes = takes;
        }
    }

    record ModelRow(String name, ImageMode mode, boolean fourK) {
    }

    /** A value of {@code size}: the orientation it asks for, and whether only 4K models take it. */
    record SizeRow(String value, boolean portrait, boolean fourKOnly) {
    }

    record Frame(int width, int height) {
    }

    static final List<ModelRow> MODELS = List.of(
            new ModelRow("veo2", ImageMode.FIRST_FRAME, false),
            new ModelRow("veo2-fast", ImageMode.FIRST_FRAME, false),
            new ModelRow("veo2-pro", ImageMode.FIRST_FRAME, false),
            new ModelRow("veo2-fast-frames", ImageMode.FRAMES, false),
            new ModelRow("veo3", ImageMode.FRAMES, false),
            new ModelRow("veo3-fast", ImageMode.FRAMES, false),
            new ModelRow("veo3-pro", ImageMode.FRAMES, false),
            new ModelRow("veo3-frames", ImageMode.FRAMES, false),
            new ModelRow("veo3-fast-frames", ImageMode.FRAMES, false),
            new ModelRow("veo3-pro-frames", ImageMode.FRAMES, false),
            new ModelRow("veo_3_1", ImageMode.FRAMES, false),
            new ModelRow("veo_3_1-fast", ImageMode.FRAMES, false),
            new ModelRow("veo_3_1-4K", ImageMode.FRAMES, true),
            new ModelRow("veo_3_1-fast-4K", ImageMode.FRAMES, true),
            new ModelRow("veo3.1", ImageMode.FRAMES, false),
            new ModelRow("veo3.1-fast", ImageMode.FRAMES, false),
            new ModelRow("veo3.1-pro", ImageMode.FRAMES, false),
            new ModelRow("veo3.1-4k", ImageMode.FRAMES, true),
            new ModelRow("veo3.1-pro-4k", ImageMode.FRAMES, true),
            new ModelRow("veo3.1-components", ImageMode.COMPONENTS, false),
            new ModelRow("veo3.1-fast-components", ImageMode.COMPONENTS, false),
            new ModelRow("veo3.1-components-4k", ImageMode.COMPONENTS, true),
            new ModelRow("veo_3_1-components", ImageMode.COMPONENTS, false),
            new ModelRow("veo_3_1-components-4K", ImageMode.COMPONENTS, true),
            new ModelRow("veo_3_1-fast-components-4K", ImageMode.COMPONENTS, true));

    static final List<SizeRow> SIZES = List.of(
            new SizeRow("16x9", false, false),
            new SizeRow("9x16", true, false),
            new SizeRow("1280x720", false, false),
            new SizeRow("720x1280", true, false),
            new SizeRow("3840x2160", false, true),
            new SizeRow("2160x3840", true, true));

    static final Frame LANDSCAPE_720P = new Frame(1280, 720);
    static final Frame LANDSCAPE_4K = new Frame(3840, 2160);

    static final List<String> SECONDS = List.of("8");
    static final List<String> WATERMARK = List.of("true", "false");

    private VeoRules() {
    }

    static ModelRow model(String name) {
        return FieldRules.row("model", name, MODELS, ModelRow::name);
    }

    /** A size the model renders; the error lists that model's sizes. */
    static SizeRow size(ModelRow model, String value) {
        return FieldRules.row("size", value, sizesFor(model), SizeRow::value);
    }

    static List<SizeRow> sizesFor(ModelRow model) {
        return SIZES.stream().filter(s -> model.fourK() || !s.fourKOnly()).toList();
    }

    /** Size names the orientation; the model decides the resolution. */
    static Frame frame(ModelRow model, SizeRow size) {
        Frame landscape = model.fourK() ? LANDSCAPE_4K : LANDSCAPE_720P;
        return size.portrait() ? new Frame(landscape.height(), landscape.width()) : landscape;
    }

    /** The seed echoes {@code size} as sent; 4K models answer the 4K frame, so clients can tell. */
    static String reportedSize(ModelRow model, SizeRow size) {
        Frame frame = frame(model, size);
        return model.fourK() ? frame.width() + "x" + frame.height() : size.value();
    }

    static int seconds(String value) {
        return Integer.parseInt(FieldRules.oneOf("seconds", value, SECONDS));
    }
}
