package dev.videoapiemulator.client;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The request journal: every request to the video APIs, refusals included, for tests that check
 * how their client called the API. A scoped {@link EmulatorControl} sees its test id's entries
 * unless a filter names another.
 */
public final class JournalControl {

    /** How far back a failed verify looks for near misses. */
    static final int NEAR_MISS_WINDOW = 100;
    private static final TypeReference<Page<JournalEntry>> ENTRY_PAGE = new TypeReference<>() { };

    private record Count(long count) {
    }

    private final Scope scope;

    JournalControl(Scope scope) {
        this.scope = scope;
    }

    /** The newest 100 matching entries, newest first. */
    public Page<JournalEntry> find(JournalFilter filter) {
        return page(filter.scopedBy(scope).params());
    }

    /** The newest {@code limit} (1 to 100000) matching entries, newest first. */
    public Page<JournalEntry> find(JournalFilter filter, int limit) {
        return page(filter.scopedBy(scope).params().with("limit", limit));
    }

    public long count(JournalFilter filter) {
        return scope.http().post("/journal/count", Params.none(),
                RequestBody.json(filter.scopedBy(scope).params().asMap()), Count.class).count();
    }

    /** Forgets every entry, or only the scoped test id's. */
    public void clear() {
        scope.http().delete("/journal", scope.scoped());
    }

    /** Asserts that at least one entry matches. */
    public void verify(JournalFilter filter) {
        verify(ExpectedCount.atLeast(1), filter);
    }

    /** Asserts that exactly {@code times} entries match. */
    public void verify(int times, JournalFilter filter) {
        verify(ExpectedCount.exactly(times), filter);
    }

    /**
     * Asserts that the number of matching entries is in {@code expected}; else throws a
     * {@link JournalVerificationException} listing the near misses.
     */
    public void verify(ExpectedCount expected, JournalFilter filter) {
        JournalFilter scoped = filter.scopedBy(scope);
        long found = count(filter);
        if (!expected.accepts(found)) {
            // Only the test's own requests: in a shared emulator the others' would crowd out its near misses.
            var recent = page(scope.scoped().with("limit", NEAR_MISS_WINDOW)).data();
            throw new JournalVerificationException(NearMisses.describe(expected, scoped, found, recent));
        }
    }

    private Page<JournalEntry> page(Params query) {
        return scope.http().get("/journal", query, ENTRY_PAGE);
    }
}
