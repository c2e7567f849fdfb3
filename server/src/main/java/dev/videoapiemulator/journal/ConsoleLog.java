package dev.videoapiemulator.journal;

import dev.videoapiemulator.api.Secrets;
import dev.videoapiemulator.config.EmulatorConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * With {@code emulator.console-log.enabled}, one line per API request on the console, for people
 * who watch a terminal rather than the dashboard. It hears the journal, so it logs what the journal
 * records: every API request, none of the control API's.
 */
@ApplicationScoped
public class ConsoleLog {

    private static final Logger LOG = Logger.getLogger("dev.videoapiemulator.requests");

    @Inject
    EmulatorConfig config;
    @Inject
    RequestJournal journal;

    void start(@Observes StartupEvent started) {
        if (config.consoleLog().enabled()) {
            journal.onRecord(entry -> LOG.info(line(entry)));
        }
    }

    /** {@code POST /v1/videos openai key=****abcd 200 3.4ms scenario=slow}, a dash for what is absent. */
    static String line(JournalEntry entry) {
        String target = entry.query() == null ? entry.path() : entry.path() + "?" + entry.query();
        return String.format(Locale.ROOT, "%s %s %s key=%s %d %.1fms scenario=%s", entry.method(), target,
                orDash(entry.profile()), orDash(Secrets.lastFour(entry.key())), entry.status(), entry.durationMillis(),
                orDash(entry.scenario()));
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
