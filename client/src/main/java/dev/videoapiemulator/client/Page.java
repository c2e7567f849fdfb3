package dev.videoapiemulator.client;

import java.util.List;

/** One page of a list the emulator answers newest first; {@code hasMore} when the limit cut it short. */
public record Page<T>(List<T> data, boolean hasMore) {

    public Page {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
