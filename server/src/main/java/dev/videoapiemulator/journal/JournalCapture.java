package dev.videoapiemulator.journal;

import dev.videoapiemulator.api.Secrets;
import io.vertx.core.MultiMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bounds on what one journal entry keeps of its request: {@code emulator.journal.body-bytes}
 * of the body, {@link #MAX_HEADERS} headers of at most {@link #MAX_HEADER_CHARS} characters each.
 * With the default 10000 entries and 2 KiB of body that is about 20 MiB at most, whatever clients send.
 */
record JournalCapture(int bodyBytes) {

    static final int MAX_HEADERS = 40;
    static final int MAX_HEADER_CHARS = 256;

    List<JournalRequest.Header> headers(MultiMap headers) {
        // Not sized by headers.size(): Vert.x counts names through a sorted set of them.
        List<JournalRequest.Header> kept = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            if (kept.size() == MAX_HEADERS) {
                break;
            }
            String value = Secrets.headerValue(header.getKey(), header.getValue());
            kept.add(new JournalRequest.Header(header.getKey(),
                    value.length() > MAX_HEADER_CHARS ? value.substring(0, MAX_HEADER_CHARS) + "…" : value));
        }
        return kept;
    }

    /** Keeps the start of a body as text, cut at the bound (a character split there shows as a replacement). */
    void keep(JournalDraft draft, byte[] body) {
        int kept = Math.min(body.length, bodyBytes);
        draft.body(new String(body, 0, kept, StandardCharsets.UTF_8), body.length, kept < body.length);
    }
}
