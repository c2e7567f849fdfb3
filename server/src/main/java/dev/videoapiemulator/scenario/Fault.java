package dev.videoapiemulator.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/** Ways a response can break on the wire. */
public enum Fault {
    /** The connection is closed without an answer. */
    CONNECTION_RESET("connection_reset"),
    /** A 200 with no body at all. */
    EMPTY_RESPONSE("empty_response"),
    /** A 200 whose JSON does not parse. */
    MALFORMED_BODY("malformed_body"),
    /** A 200 that declares more bytes than it sends, then closes. */
    TRUNCATED_BODY("truncated_body");

    private final String wire;

    Fault(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
