package dev.videoapiemulator.client;

import java.util.List;

/**
 * OpenAI webhook endpoints at run time, and every delivery attempt, for tests of what a receiver
 * was sent. Endpoints added by a scoped {@link EmulatorControl} hear only its test id's jobs. A
 * bad endpoint is a 400 {@link EmulatorException} ({@code invalid_webhook}).
 */
public final class WebhookControl {

    private record EndpointList(List<WebhookEndpoint> data) {
    }

    private final Scope scope;

    WebhookControl(Scope scope) {
        this.scope = scope;
    }

    /** Configured, fixture and runtime endpoints (runtime: the shared ones and the scoped test id's). */
    public List<WebhookEndpoint> list() {
        List<WebhookEndpoint> data = scope.http().get("/webhooks", scope.scoped(), EndpointList.class).data();
        return data == null ? List.of() : data;
    }

    public WebhookEndpoint add(NewWebhook endpoint) {
        return scope.http().post("/webhooks", scope.scoped(), RequestBody.json(endpoint), WebhookEndpoint.class);
    }

    /** Removes an endpoint added at run time; an unknown id is a 404. */
    public void remove(String id) {
        scope.http().delete("/webhooks/" + UrlComponent.encode(id), Params.none());
    }

    /** Removes the endpoints added at run time (the scoped test id's, if any). */
    public void removeAll() {
        scope.http().delete("/webhooks", scope.scoped());
    }

    /** The newest 100 delivery attempts (of the scoped test id's jobs, if any). */
    public Deliveries deliveries() {
        return deliveries(DeliveryFilter.any());
    }

    public Deliveries deliveries(DeliveryFilter filter) {
        return scope.http().get("/webhooks/deliveries", scope.scoped(filter.params()), Deliveries.class);
    }
}
