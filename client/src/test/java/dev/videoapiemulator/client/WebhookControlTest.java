package dev.videoapiemulator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class WebhookControlTest {

    private static final String SECRET = "whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=";

    private final String testId = Fresh.testId();
    private final EmulatorControl emulator;
    private final WebhookControl webhooks;
    private HttpServer receiver;

    WebhookControlTest(RunningEmulator running) {
        this.emulator = running.control().withTestId(testId);
        this.webhooks = emulator.webhooks();
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
        EmulatorException refused = assertThrows(EmulatorException.class,
                () -> webhooks.add(NewWebhook.to("ftp://example.com/hooks")));
        assertEquals(400, refused.status());
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
        assertEquals(404, assertThrows(EmulatorException.class, () -> webhooks.remove(id)).status());
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
        String job = new VideoApi(emulator, Fresh.key(), testId).createVideo("a hooked video");
        emulator.jobs().complete(job);
        DeliveryFilter delivered = DeliveryFilter.any().jobId(job).outcome("delivered");
        Await.until("a delivered webhook", () -> !webhooks.deliveries(delivered).data().isEmpty());
        Delivery delivery = webhooks.deliveries(delivered.event("video.completed").kind("openai").limit(1)).data().get(0);
        assertEquals(hooksUrl(), delivery.url());
        assertEquals(testId, delivery.testId());
        assertEquals(200, delivery.status());
        assertEquals(1, delivery.attempt());
        assertEquals(1, webhooks.deliveries().data().size());
    }

    @Test
    void deliveriesRefuseABadLimit() {
        EmulatorException refused = assertThrows(EmulatorException.class,
                () -> webhooks.deliveries(DeliveryFilter.any().outcome("delivered").limit(0)));
        assertEquals(400, refused.status());
        assertEquals("limit", refused.param());
    }

    private String hooksUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    }

    private static List<String> ids(List<WebhookEndpoint> endpoints) {
        return endpoints.stream().map(WebhookEndpoint::id).toList();
    }
}
