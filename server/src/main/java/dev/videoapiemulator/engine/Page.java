package dev.videoapiemulator.engine;

import java.util.List;

public record Page<T>(List<T> items, boolean hasMore) {
}
