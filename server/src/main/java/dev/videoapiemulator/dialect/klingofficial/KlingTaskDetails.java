package dev.videoapiemulator.dialect.klingofficial;

import dev.videoapiemulator.dialect.DeclaredDetails;
import dev.videoapiemulator.dialect.FieldRules;
import java.util.List;
import java.util.Set;

/**
 * What a Kling task keeps beyond the engine's spec: its kind, the client's {@code external_task_id}
 * and {@code callback_url} (null when not sent), and the API root its video is downloaded under,
 * the one whose credentials made it ({@code /kling-official} for tokens, new-api's {@code /kling} for
 * relay keys).
 */
record KlingTaskDetails(KlingOfficialRules.Action action, String externalTaskId, String callbackUrl,
        String contentRoot) {

    /**
     * A task declared in fixtures: {@code action} (text2video unless it says image2video),
     * {@code external_task_id}, {@code callback_url}, {@code content_root} ({@code /kling-official},
     * or new-api's {@code /kling} for a task its keys made), each checked as a request's would be.
     */
    static KlingTaskDetails declared(DeclaredDetails declared) {
        declared.allowOnly(Set.of("action", "external_task_id", "callback_url", "content_root"));
        String path = FieldRules.oneOf("action", declared.text("action"), KlingOfficialRules.Action.TEXT2VIDEO.path(),
                KlingOfficialRules.Action.ALL.stream().map(KlingOfficialRules.Action::path).toList());
        KlingOfficialRules.Action action = KlingOfficialRules.Action.ALL.stream()
                .filter(candidate -> candidate.path().equals(path)).findFirst().orElseThrow();
        String root = FieldRules.oneOf("content_root", declared.text("content_root"), KlingOfficialDialect.ROOT,
                List.of(KlingOfficialDialect.ROOT, KlingOfficialDialect.RELAY_ROOT));
        return new KlingTaskDetails(action, declared.text("external_task_id").orElse(null),
                declared.text("callback_url").map(KlingOfficialRules::callbackUrl).orElse(null), root);
    }
}
