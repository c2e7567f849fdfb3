package dev.videoapiemulator.client;

import java.util.List;

/** Delivery attempts, newest first, and how many notifications are still waiting or in flight. */
public record Deliveries(List<Delivery> data, boolean hasMore, int pending) {

    public Deliveries {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
