package dev.videoapiemulator.dialect.soratask;

import dev.videoapiemulator.engine.VideoJob;
import java.util.List;

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

    /** The details of a task: every job of this dialect has them. */
    static SoraTaskDetails of(VideoJob task) {
        return task.details(SoraTaskDetails.class).orElseThrow();
    }
}
