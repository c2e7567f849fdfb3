package dev.videoapiemulator.dialect.veo;

/** What a Veo job reports beyond the engine's spec: {@code size} as the answer shows it. */
record VeoJobDetails(String reportedSize) {
}
