package dev.videoapiemulator.dialect.openai;

/** What the official dialect remembers about a job beyond the engine's spec. */
record OpenAiJobDetails(int extensions) {

    static final OpenAiJobDetails NONE = new OpenAiJobDetails(0);
}
