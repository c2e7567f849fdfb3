package dev.videoapiemulator.webhook;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.support.HttpsProfile;
import dev.videoapiemulator.support.Tls;
import dev.videoapiemulator.tls.CertificateAuthority;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deliveries to https receivers whose certificate comes from the emulator's own CA (as a test that
 * reuses it for its receiver has): the courier trusts that CA besides the JDK's authorities.
 */
@QuarkusTest
@TestProfile(HttpsProfile.class)
class HttpsReceiverTest {

    private static final List<String> RECEIVER_NAMES = List.of("127.0.0.1", "localhost");

    private final Hooks hooks = new Hooks();
    private Receiver receiver;

    @AfterEach
    void close() {
        receiver.close();
        hooks.reset();
    }

    @Test
    void openAiWebhookReachesAReceiverCertifiedByTheEmulatorsCa() {
        receiver = new Receiver(Tls.serving(emulatorCa().issue(RECEIVER_NAMES)));
        hooks.endpoint(Map.of("url", receiver.url("/openai"), "secret", WebhookSignature.newSecret()));
        hooks.video();
        hooks.advance(Duration.ofMinutes(1));
        assertTrue(receiver.awaitCount(1).get(0).body().contains("video.completed"));
    }

    @Test
    void klingCallbackReachesAReceiverCertifiedByTheEmulatorsCa() {
        receiver = new Receiver(Tls.serving(emulatorCa().issue(RECEIVER_NAMES)));
        hooks.api().contentType(ContentType.JSON).body(Map.of("prompt", "A paper boat", "metadata",
                Map.of("callback_url", receiver.url("/kling")))).post("/kling/v1/videos").then().statusCode(200);
        hooks.advance(Duration.ofMinutes(1));
        assertEquals(3, receiver.awaitCount(3).size());
    }

    @Test
    void receiverOfAnUnknownCaIsNotTrusted(@TempDir Path elsewhere) {
        receiver = new Receiver(Tls.serving(CertificateAuthority.loadOrCreate(elsewhere).issue(RECEIVER_NAMES)));
        hooks.endpoint(Map.of("url", receiver.url("/stranger"), "secret", WebhookSignature.newSecret()));
        hooks.video();
        hooks.advance(Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> !hooks.deliveries().isEmpty());
        Map<String, Object> attempt = hooks.deliveries().get(0);
        assertTrue(String.valueOf(attempt).contains("SSLHandshakeException"), attempt.toString());
        assertTrue(receiver.received().isEmpty());
    }

    /** The authority the emulator under test serves from: the same directory, so the same CA. */
    private static CertificateAuthority emulatorCa() {
        return CertificateAuthority.loadOrCreate(Path.of(HttpsProfile.CA_DIR));
    }
}
