package dev.videoapiemulator.webhook;

import dev.videoapiemulator.control.ControlParams;
import dev.videoapiemulator.api.FieldErrors;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/** Which delivery records to show: every criterion given must hold; an unknown one is refused. */
record DeliveryFilter(String webhookId, String eventId, String jobId, String kind, String event, String url,
        String key, String testId, String outcome, Long since) implements Predicate<DeliveryRecord> {

    static final List<String> NAMES = List.of("webhook_id", "event_id", "job_id", "kind", "event", "url", "key",
            "test_id", "outcome", "since");

    static DeliveryFilter parse(Map<String, String> criteria) {
        for (String name : criteria.keySet()) {
            if (!NAMES.contains(name)) {
                throw FieldErrors.unknown(name).exception();
            }
        }
        return new DeliveryFilter(text(criteria, "webhook_id"), text(criteria, "event_id"), text(criteria, "job_id"),
                text(criteria, "kind"), text(criteria, "event"), text(criteria, "url"), text(criteria, "key"),
                text(criteria, "test_id"), text(criteria, "outcome"),
                ControlParams.integer("since", criteria.get("since"), 0, Long.MAX_VALUE));
    }

    @Override
    public boolean test(DeliveryRecord r) {
        return matches(webhookId, r.webhookId()) && matches(eventId, r.eventId()) && matches(jobId, r.jobId())
                && matches(kind, r.kind()) && matches(event, r.event()) && matches(url, r.url())
                && matches(key, r.key()) && matches(testId, r.testId()) && matches(outcome, r.outcome())
                && (since == null || r.time() >= since);
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }

    private static String text(Map<String, String> criteria, String name) {
        return ControlParams.text(criteria.get(name));
    }
}
