package dev.videoapiemulator.dialect.klingofficial;

/**
 * What a Kling task keeps beyond the engine's spec: its kind, the client's {@code external_task_id}
 * and {@code callback_url} (null when not sent), and the API root its video is downloaded under,
 * the one whose credentials made it ({@code /kling-official} for tokens, new-api's {@code /kling} for
 * relay keys).
 */
record KlingTaskDetails(KlingOfficialRules.Action action, String externalTaskId, String callbackUrl,
        String contentRoot) {
}
