package dev.videoapiemulator.media;

/**
 * What a job's media depicts. Width and height must be positive and even (H.264 4:2:0 needs even
 * dimensions; callers round odd sizes), seconds at least 1.
 */
public record MediaSubject(String id, int width, int height, int seconds, String prompt) {
}
