package dev.videoapiemulator.dialect.kling;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a Kling job reports beyond the engine's spec: the request's {@code metadata}, or null. */
record KlingJobDetails(ObjectNode metadata) {
}
