package dev.videoapiemulator.journal;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * What the code serving an API request tells the journal about it, from within that request.
 * Calls while serving the control API, which is not journaled, are ignored.
 */
@Singleton
public class JournalEntryContext {

    @Inject
    RoutingContext request;
    @Inject
    RequestJournal journal;

    /** {@code request} is the current request's routing context, through its request-scoped proxy. */

    void profile(String name) {
        JournalDraft draft = draft();
        if (draft != null) {
            draft.profile(name);
        }
    }

    /** The request's body, as the REST layer read it, for the journal to keep the start of. */
    void body(byte[] body) {
        JournalDraft draft = draft();
        if (draft != null) {
            journal.capture().keep(draft, body);
        }
    }

    private JournalDraft draft() {
        return request.get(JournalDraft.CONTEXT_KEY);
    }
}
