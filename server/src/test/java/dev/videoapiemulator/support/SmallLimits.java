package dev.videoapiemulator.support;

/**
 * Small body, journal and webhook-endpoint limits, in one profile so that their tests share one application
 * instead of restarting Quarkus for each. The settings do not touch each other: the body limit is
 * enforced by the HTTP layer, the journal cap only by RequestJournal.
 * <ul>
 * <li>{@code emulator.limits.max-body-size=1M}: http.BodyLimitTest sends 2 MiB to get a 413;</li>
 * <li>{@code emulator.journal.max-entries=5}: journal.BoundedJournalTest sends 8 requests and finds the
 * newest 5;</li>
 * <li>{@code emulator.webhooks.max-endpoints-per-key=2}: webhook.WebhookEndpointLimitTest registers a
 * third endpoint and is refused;</li>
 * <li>{@code emulator.webhooks.max-endpoints=4}: the same test fills the emulator with two keys' endpoints
 * and a third key is refused, in other words.</li>
 * </ul>
 */
public class SmallLimits extends ConfigOverrides {

    public SmallLimits() {
        super("emulator.limits.max-body-size", "1M", "emulator.journal.max-entries", "5",
                "emulator.webhooks.max-endpoints-per-key", "2",
                "emulator.webhooks.max-endpoints", "4");
    }
}
