package dev.videoapiemulator.engine;

/** What a job renders: the model that was asked for, the frame size, the length and the prompt. */
public record VideoSpec(String model, int width, int height, int seconds, String prompt) {
}
