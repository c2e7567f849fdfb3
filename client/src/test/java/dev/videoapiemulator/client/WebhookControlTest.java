package dev.videoapiemulator.client;

import static dev.videoapiemulator.client.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookControlTest extends IsolatedEmulatorTest {

    private static final String SECRET = "whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=";

    private final WebhookControl webhooks = scoped.webhooks();
    private HttpServer receiver;

    WebhookControlTest(RunningEmulator running) {
        super(running);
    }

    /** A receiver that takes every event, so deliveries succeed. */
    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        webhooks.removeAll();
        receiver.stop(0);
    }

    @Test
    void addAnswersTheEndpointWithAMadeUpSecret() {
        WebhookEndpoint added = webhooks.add(NewWebhook.to(hooksUrl()));
        assertEquals("runtime", added.source());
        assertEquals(testId, added.testId());
        assertEquals(hooksUrl(), added.url());
        assertTrue(added.secret().startsWith("whsec_"), added.secret());
        assertEquals(List.of("video.completed", "video.failed"), added.events());
    }

    @Test
    void addWithSecretEventsAndKey() {
        WebhookEndpoint added = webhooks.add(NewWebhook.to(hooksUrl()).withSecret(SECRET).withEvents("video.failed")
                .withKey("sk-only"));
        assertEquals(SECRET, added.secret());
        assertEquals(List.of("video.failed"), added.events());
        assertEquals("sk-only", added.key());
    }

    @Test
    void aBadEndpointIsRefused() {
        EmulatorException refused = assertRefused(400,
                () -> webhooks.add(NewWebhook.to("ftp://example.com/hooks")));
        assertEquals("invalid_webhook", refused.code());
        assertTrue(refused.errorMessage().contains("http or https"), refused.errorMessage());
    }

    @Test
    void listShowsTheScopedTestsEndpoints() {
        String id = webhooks.add(NewWebhook.to(hooksUrl())).id();
        assertTrue(ids(webhooks.list()).contains(id));
        assertTrue(!ids(emulator.withTestId(Fresh.testId()).webhooks().list()).contains(id));
    }

    @Test
    void removeTakesOneEndpointAway() {
        String id = webhooks.add(NewWebhook.to(hooksUrl())).id();
        webhooks.remove(id);
        assertTrue(!ids(webhooks.list()).contains(id));
        assertRefused(404, () -> webhooks.remove(id));
    }

    @Test
    void removeAllTakesTheScopedTestsEndpointsAway() {
        webhooks.add(NewWebhook.to(hooksUrl()));
        webhooks.add(NewWebhook.to(hooksUrl()));
        webhooks.removeAll();
        assertEquals(List.of(), webhooks.list().stream().filter(e -> testId.equals(e.testId())).toList());
    }

    @Test
    void deliveriesRecordWhatTheReceiverWasSent() {
        webhooks.add(NewWebhook.to(hooksUrl()).withSecret(SECRET));
        String job = api.createVideo("a hooked video");
        scoped.jobs().complete(job);
        DeliveryFilter delivered = DeliveryFilter.any().jobId(job).outcome("delivered");
        Await.until("a delivered webhook", () -> !webhooks.deliveries(delivered).data().isEmpty());
        DeliveryFilter completed = delivered.event("video.completed").kind("openai").limit(1);
        Delivery delivery = webhooks.deliveries(completed).data().get(0);
        assertEquals(hooksUrl(), delivery.url());
        assertEquals(testId, delivery.testId());
        assertEquals(200, delivery.status());
        assertEquals(1, delivery.attempt());
        assertEquals(1, webhooks.deliveries().data().size());
    }

    @Test
    void deliveriesRefuseABadLimit() {
        DeliveryFilter noRows = DeliveryFilter.any().outcome("delivered").limit(0);
        EmulatorException refused = assertRefused(400, () -> webhooks.deliveries(noRows));
        assertEquals("limit", refused.param());
    }

    private String hooksUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    }

    private static List<String> ids(List<WebhookEndpoint> endpoints) {
        return endpoints.stream().map(WebhookEndpoint::id).toList();
    }
}
