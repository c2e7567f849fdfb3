package dev.videoapiemulator.client;

import java.util.List;

/** What a reset put back: the parts, by the emulator's names, and the test id it was limited to (null: everyone). */
public record ResetResult(List<String> parts, String testId) {

    public ResetResult {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }
}
