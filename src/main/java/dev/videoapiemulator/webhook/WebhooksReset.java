package dev.videoapiemulator.webhook;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.control.Resettable;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code webhooks} part: runtime endpoints, deliveries still waiting, and the delivery records. */
@ApplicationScoped
public class WebhooksReset implements Resettable {

    private final WebhookEndpoints endpoints;
    private final Outbox outbox;
    private final DeliveryLog log;

    public WebhooksReset(WebhookEndpoints endpoints, Outbox outbox, DeliveryLog log) {
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.log = log;
    }

    @Override
    public String part() {
        return "webhooks";
    }

    @Override
    public void reset(String testId) {
        endpoints.reset(testId);
        outbox.forget(notice -> testId == null || testId.equals(ApiCaller.testIdOf(notice.owner())));
        log.forget(testId);
    }
}
