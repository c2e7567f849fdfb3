package dev.videoapiemulator.webhook;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.control.ResetPart;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The {@code webhooks} part of a reset: runtime endpoints and those registered through the API, deliveries still waiting, and the delivery records. */
@Dependent
final class WebhooksReset {

    private WebhooksReset() {
    }

    @Produces
    @Singleton
    static ResetPart webhooks(WebhookEndpoints endpoints, KeyEndpoints keyEndpoints, Outbox outbox, DeliveryLog log) {
        return new ResetPart("webhooks", testId -> {
            endpoints.reset(testId);
            keyEndpoints.reset(testId);
            outbox.forget(notice -> testId == null || testId.equals(ApiCaller.testIdOf(notice.owner())));
            log.forget(testId);
        });
    }
}
