package dev.videoapiemulator.client;

/** The body of the emulator's error answers: OpenAI's {@code {"error":{"message","type","param","code"}}}. */
record ErrorEnvelope(Error error) {

    record Error(String message, String type, String param, String code) {
    }
}
