package dev.videoapiemulator.testcontainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.videos.Video;
import dev.videoapiemulator.testcontainers.support.RequiresDockerApi;
import dev.videoapiemulator.testcontainers.support.Videos;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The image's TLS listener under Testcontainers, trusted through the CA the container hands out. */
@RequiresDockerApi
class VideoApiEmulatorContainerHttpsTest {

    private static final VideoApiEmulatorContainer EMULATOR = new VideoApiEmulatorContainer().withHttps();

    @BeforeAll
    static void start() {
        EMULATOR.start();
    }

    @AfterAll
    static void stop() {
        EMULATOR.stop();
    }

    @Test
    void officialSdkCreatesAndReadsAVideoOverTls() throws Exception {
        X509TrustManager trust = trusting(EMULATOR.getCaCertificatePem());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new X509TrustManager[] {trust}, null);
        try (OpenAIClient openai = OpenAIOkHttpClient.builder().baseUrl(EMULATOR.getHttpsBaseUrl())
                .apiKey(Videos.freshKey()).maxRetries(0).sslSocketFactory(context.getSocketFactory())
                .trustManager(trust).build()) {
            Video created = Videos.create(openai, "A lighthouse at dusk");
            assertEquals(created.id(), openai.videos().retrieve(created.id()).id());
        }
        HttpResponse<String> kling = HttpClient.newBuilder().sslContext(context).build().send(
                HttpRequest.newBuilder(URI.create(EMULATOR.getHttpsBaseUrl("kling") + "/videos/unknown"))
                        .header("Authorization", "Bearer " + Videos.freshKey()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(kling.body().startsWith("{"), kling.body());
    }

    @Test
    void aClientWithoutTheCaIsRefused() {
        assertThrows(SSLHandshakeException.class, () -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(EMULATOR.getHttpsBaseUrl() + "/videos")).build(),
                HttpResponse.BodyHandlers.discarding()));
    }

    private static X509TrustManager trusting(String pem) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("emulator-ca", CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return (X509TrustManager) factory.getTrustManagers()[0];
    }
}
