package dev.videoapiemulator.journal;

import java.util.List;

/**
 * A request being served: what is known when it arrives, and what the REST layer learns on the way
 * (possibly on a worker thread, hence volatile), until the response ends and it becomes an entry.
 */
final class JournalDraft {

    /** Where the draft is kept in the request's routing context. */
    static final String CONTEXT_KEY = JournalDraft.class.getName();

    private final long time;
    private final long startNanos;
    private final String method;
    private final String path;
    private final String query;
    private final String key;
    private final String testId;
    private final List<JournalRequest.Header> headers;
    private volatile String profile;
    private volatile String scenario;
    private volatile String body;
    private volatile long bodyBytes;
    private volatile boolean bodyTruncated;

    JournalDraft(long time, long startNanos, String method, String path, String query, String key, String testId,
            List<JournalRequest.Header> headers, long declaredBodyBytes) {
        this.time = time;
        this.startNanos = startNanos;
        this.method = method;
        this.path = path;
        this.query = query;
        this.key = key;
        this.testId = testId;
        this.headers = headers;
        this.bodyBytes = Math.max(0, declaredBodyBytes);
    }

    void profile(String name) {
        this.profile = name;
    }

    void scenario(String name) {
        this.scenario = name;
    }

    /** The body as read by the REST layer: its kept start and its whole size. */
    void body(String kept, long size, boolean truncated) {
        this.body = kept;
        this.bodyBytes = size;
        this.bodyTruncated = truncated;
    }

    JournalEntry entry(long id, int status, long endNanos) {
        return new JournalEntry(id, time, profile, key, testId, method, path, query, status, scenario,
                (endNanos - startNanos) / 1_000L / 1_000.0,
                new JournalRequest(headers, body, bodyBytes, bodyTruncated));
    }
}
