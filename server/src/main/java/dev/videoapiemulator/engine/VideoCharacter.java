package dev.videoapiemulator.engine;

import java.time.Instant;

/** A reusable character (cameo) cut from a video. {@code details} belongs to the dialect. */
public record VideoCharacter(String id, String owner, long sequence, String name, Instant createdAt, Object details)
        implements Owned {
}
