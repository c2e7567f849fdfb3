package dev.videoapiemulator.engine;

import java.time.Instant;

/** Something kept per API key: found by id, ordered by creation. */
public interface Owned {

    String id();

    String owner();

    long sequence();

    Instant createdAt();
}
