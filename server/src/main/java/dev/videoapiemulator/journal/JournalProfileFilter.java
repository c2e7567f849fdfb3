package dev.videoapiemulator.journal;

import dev.videoapiemulator.api.CurrentCaller;
import dev.videoapiemulator.api.Profile;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells the journal which profile served a request. Only the REST layer knows (a bare /v1 path is
 * served by the profile its key is bound to), and it is gone by the time the response has ended.
 */
public class JournalProfileFilter {

    private final CurrentCaller current;
    private final JournalEntryContext entry;

    public JournalProfileFilter(CurrentCaller current, JournalEntryContext entry) {
        this.current = current;
        this.entry = entry;
    }

    @ServerResponseFilter
    public void noteProfile() {
        Profile profile = current.profile();
        if (profile != null) {
            entry.profile(profile.name());
        }
    }
}
