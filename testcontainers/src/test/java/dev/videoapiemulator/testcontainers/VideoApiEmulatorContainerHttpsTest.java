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
import org.junit.jupiter.api.Test;

/** The image's TLS listener under Testcontainers, trusted through the CA the container hands out. */
@RequiresDockerApi
class VideoApiEmulatorContainerHttpsTest {

    @Test
    void sdkWorksOverTlsWithTheContainersCaAndAClientWithoutItIsRefused() throws Exception {
        try (VideoApiEmulatorContainer emulator = new VideoApiEmulatorContainer().withHttps()) {
            emulator.start();
            X509TrustManager trust = trustManagerOf(emulator.getCaCertificatePem());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new X509TrustManager[] {trust}, null);
            OpenAIClient openai = OpenAIOkHttpClient.builder().baseUrl(emulator.getHttpsBaseUrl())
                    .apiKey(Videos.freshKey()).maxRetries(0).sslSocketFactory(context.getSocketFactory())
                    .trustManager(trust).build();
            try {
                Video created = Videos.create(openai, "A lighthouse at dusk");
                assertEquals(created.id(), openai.videos().retrieve(created.id()).id());
            } finally {
                openai.close();
            }
            HttpResponse<String> kling = HttpClient.newBuilder().sslContext(context).build().send(
                    HttpRequest.newBuilder(URI.create(emulator.getHttpsBaseUrl("kling") + "/videos/unknown"))
                            .header("Authorization", "Bearer " + Videos.freshKey()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(kling.body().startsWith("{"), kling.body());

            assertThrows(SSLHandshakeException.class, () -> HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(emulator.getHttpsBaseUrl() + "/videos")).build(),
                    HttpResponse.BodyHandlers.discarding()));
        }
    }

    /** As a client team's test trusts it: the one PEM certificate in a trust store of its own. */
    private static X509TrustManager trustManagerOf(String pem) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("emulator-ca", CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return (X509TrustManager) factory.getTrustManagers()[0];
    }
}
