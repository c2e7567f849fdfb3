package dev.videoapiemulator.http;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One kind of damage: how many requests of it to send, how to make each, and the verdict on each
 * answer. Kinds are tested apart so that each one that fails is reported on its own.
 */
record HostileCategory(String name, int cases, Function<Draw, HostileRequest> generator,
        BiConsumer<HostileRequest, RawHttp.RawAnswer> verdict) {
}
