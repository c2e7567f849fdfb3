package dev.videoapiemulator.dialect.soratask;

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
}
