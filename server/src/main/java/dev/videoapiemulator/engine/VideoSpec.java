package dev.videoapiemulator.engine;

import java.util.List;

/**
 * What a job renders: the model that was asked for, the frame size, the length, the prompt, and
 * what is drawn over the picture (storyboard shots, a watermark).
 */
public record VideoSpec(String model, int width, int height, int seconds, String prompt, Overlay overlay) {

    /** Texts shown during spans of the video, and whether a watermark is drawn. */
    public record Overlay(List<Shot> shots, boolean watermark) {

        public static final Overlay NONE = new Overlay(List.of(), false);
    }

    /** One storyboard shot: shown from {@code fromSecond} to {@code toSecond}. */
    public record Shot(int number, double fromSecond, double toSecond, String scene) {
    }

    public VideoSpec(String model, int width, int height, int seconds, String prompt) {
        this(model, width, height, seconds, prompt, Overlay.NONE);
    }
}
