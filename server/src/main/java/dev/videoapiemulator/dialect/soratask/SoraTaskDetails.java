package dev.videoapiemulator.dialect.soratask;

import dev.videoapiemulator.dialect.DeclaredDetails;
import dev.videoapiemulator.dialect.FieldRules;
import dev.videoapiemulator.engine.VideoJob;
import java.util.List;
import java.util.Set;

/**
 * What a task keeps beyond the engine's spec: its inputs as the query echoes them, and one
 * generation id per requested variant, each of which is a distinct video.
 */
record SoraTaskDetails(
        String notifyHook,
        String style,
        String operation,
        int frames,
        List<String> generationIds,
        List<InpaintItem> inpaintItems,
        List<TaskAction> actions,
        SdeditInput sdedit) {

    /**
     * A declared task's details: {@code style}, {@code operation} and {@code notify_hook} as a create
     * takes them, and its {@code generation_ids} (one derived from the task id when unset).
     */
    static SoraTaskDetails declared(DeclaredDetails declared) {
        declared.allowOnly(Set.of("style", "operation", "notify_hook", "generation_ids"));
        String style = FieldRules.oneOf("style", declared.text("style"), SoraTaskRules.DEFAULT_STYLE,
                SoraTaskRules.STYLES);
        String operation = FieldRules.oneOf("operation", declared.text("operation"),
                SoraTaskRules.DEFAULT_OPERATION, SoraTaskRules.OPERATIONS);
        String notifyHook = declared.text("notify_hook").filter(hook -> !hook.isEmpty())
                .map(hook -> SoraTaskRules.url("notify_hook", hook, false)).orElse("");
        List<String> generations = declared.texts("generation_ids");
        return new SoraTaskDetails(notifyHook, style, operation,
                declared.spec().seconds() * SoraTaskRules.FRAMES_PER_SECOND,
                generations.isEmpty() ? List.of("gen_" + declared.id().replaceFirst("^task_", "")) : generations,
                List.of(), List.of(), null);
    }

    /** The details of a task: every job of this dialect has them. */
    static SoraTaskDetails of(VideoJob task) {
        return task.details(SoraTaskDetails.class).orElseThrow();
    }
}
