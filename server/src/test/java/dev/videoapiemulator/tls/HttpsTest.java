package dev.videoapiemulator.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.NotFoundException;
import com.openai.models.videos.Video;
import com.openai.models.videos.VideoCreateParams;
import com.openai.models.videos.VideoSeconds;
import dev.videoapiemulator.support.HttpsProfile;
import dev.videoapiemulator.support.Tls;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The TLS listener: the same routes, envelopes and control API as plain HTTP, trusted through the exported CA. */
@QuarkusTest
@TestProfile(HttpsProfile.class)
class HttpsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource(value = "/", tls = true)
    URL https;

    private final String key = "sk-tls-" + UUID.randomUUID();

    @Test
    void healthAnswersOverHttp2WithTheExportedCa() throws Exception {
        HttpResponse<String> health = client(Tls.trusting(Tls.authorityPem()))
                .send(get("q/health/ready").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertEquals(HttpClient.Version.HTTP_2, health.version(), "ALPN offers h2");
        assertTrue(health.body().contains("UP"), health.body());
    }

    @Test
    void videoIsCreatedPolledAndDownloadedByRangeOverTls() throws Exception {
        HttpClient client = client(Tls.trusting(Tls.authorityPem()));
        HttpResponse<String> created = client.send(get("v1/videos").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"A kite over dunes\",\"seconds\":\"4\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode(), created.body());
        String id = JSON.readTree(created.body()).path("id").asText();

        client.send(get("__emulator/clock/advance?by=PT1M").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        JsonNode polled = JSON.readTree(client.send(get("v1/videos/" + id).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertEquals("completed", polled.path("status").asText(), polled.toString());

        HttpResponse<byte[]> part = client.send(get("v1/videos/" + id + "/content").header("Range", "bytes=0-99")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertEquals(100, part.body().length);
        assertTrue(part.headers().firstValue("Content-Range").orElse("").startsWith("bytes 0-99/"));
    }

    @Test
    void errorsOverTlsAreTheSameJsonEnvelope() throws Exception {
        HttpResponse<String> missing = client(Tls.trusting(Tls.authorityPem()))
                .send(get("v1/videos/video_" + "0".repeat(32)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        JsonNode error = JSON.readTree(missing.body()).path("error");
        assertEquals("invalid_request_error", error.path("type").asText(), missing.body());
        assertTrue(error.path("message").isTextual());
    }

    @Test
    void caIsTheSameOverBothListeners() throws Exception {
        String overHttp = Tls.authorityPem();
        HttpResponse<String> overHttps = client(Tls.trusting(overHttp))
                .send(get("__emulator/tls/ca.pem").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, overHttps.statusCode());
        assertEquals(overHttp, overHttps.body());
        assertTrue(overHttp.startsWith("-----BEGIN CERTIFICATE-----"), overHttp);
    }

    @Test
    void officialSdkWorksOverTlsWithTheCaAsItsTrustStore() {
        var trust = Tls.trustManager(Tls.authorityPem());
        OpenAIClient sdk = OpenAIOkHttpClient.builder().apiKey(key).baseUrl(https + "v1").maxRetries(0)
                .sslSocketFactory(Tls.trusting(Tls.authorityPem()).getSocketFactory()).trustManager(trust).build();
        try {
            Video video = sdk.videos().create(VideoCreateParams.builder().prompt("A tram in the rain")
                    .seconds(VideoSeconds._4).build());
            assertEquals(video.id(), sdk.videos().retrieve(video.id()).id());
            assertThrows(NotFoundException.class, () -> sdk.videos().retrieve("video_" + "0".repeat(32)));
        } finally {
            sdk.close();
        }
    }

    @Test
    void clientWithoutTheCaFailsTheHandshake() {
        assertThrows(SSLHandshakeException.class, () -> HttpClient.newHttpClient()
                .send(get("q/health/ready").build(), HttpResponse.BodyHandlers.discarding()));
    }

    @Test
    void plainHttpToTheTlsPortIsRefusedAtOnce() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(https.getHost(), https.getPort()), 2000);
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /q/health HTTP/1.1\r\nHost: " + https.getHost() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            InputStream in = socket.getInputStream();
            try {
                // The TLS layer drops a connection that does not open with a handshake; nothing is served.
                while (in.read() != -1) {
                    assertTrue(System.nanoTime() - started < Duration.ofSeconds(3).toNanos());
                }
            } catch (SocketTimeoutException hang) {
                throw new AssertionError("the TLS port kept a plain-HTTP request waiting", hang);
            } catch (IOException reset) {
                // a reset is a refusal too
            }
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(3).toNanos());
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(https + path)).header("Authorization", "Bearer " + key)
                .timeout(Duration.ofSeconds(10));
    }

    private static HttpClient client(SSLContext trust) {
        return HttpClient.newBuilder().sslContext(trust).connectTimeout(Duration.ofSeconds(5)).build();
    }
}
