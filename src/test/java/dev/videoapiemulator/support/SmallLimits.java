package dev.videoapiemulator.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Small body and journal limits, in one profile so that the tests of both share one application
 * instead of restarting Quarkus for each. The two settings do not touch each other: the body limit is
 * enforced by the HTTP layer, the journal cap only by RequestJournal.
 * <ul>
 * <li>{@code emulator.limits.max-body-size=1M}: http.BodyLimitTest sends 2 MiB to get a 413;</li>
 * <li>{@code emulator.journal.max-entries=5}: journal.BoundedJournalTest sends 8 requests and finds the
 * newest 5.</li>
 * </ul>
 */
public class SmallLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("emulator.limits.max-body-size", "1M", "emulator.journal.max-entries", "5");
    }
}
