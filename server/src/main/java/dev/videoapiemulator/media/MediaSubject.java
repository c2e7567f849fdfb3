package dev.videoapiemulator.media;

import java.util.List;

/**
 * What a job's media depicts. Width and height must be positive and even (H.264 4:2:0 needs even
 * dimensions; callers round odd sizes), seconds at least 1. {@code captions} are texts shown
 * during a span of the video (storyboard shots); {@code watermark} draws a visible mark.
 */
public record MediaSubject(String id, int width, int height, int seconds, String prompt, List<Caption> captions,
        boolean watermark) {

    /** A text shown from {@code fromSecond} (inclusive) to {@code toSecond} (exclusive). */
    public record Caption(double fromSecond, double toSecond, String text) {
    }

    public MediaSubject(String id, int width, int height, int seconds, String prompt) {
        this(id, width, height, seconds, prompt, List.of(), false);
    }
}
