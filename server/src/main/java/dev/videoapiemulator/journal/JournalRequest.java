package dev.videoapiemulator.journal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the journal keeps of a request beyond its line: its headers, credentials masked, and the
 * start of its body. Both are bounded ({@link JournalCapture}), so a full journal stays small.
 * {@code body} is null for a multipart body or none; {@code body_bytes} is the whole body's size.
 */
public record JournalRequest(List<Header> headers, String body, @JsonProperty("body_bytes") long bodyBytes,
        @JsonProperty("body_truncated") boolean bodyTruncated) {

    public record Header(String name, String value) {
    }
}
