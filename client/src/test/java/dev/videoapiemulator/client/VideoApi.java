package dev.videoapiemulator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The emulator's OpenAI video API, as a client under test calls it: the jobs the control API then sees. */
final class VideoApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String key;
    private final String testId;

    /** Calls with this key and, when {@code testId} is not null, this test id. */
    VideoApi(EmulatorControl emulator, String key, String testId) {
        this.base = emulator.baseUri();
        this.key = key;
        this.testId = testId;
    }

    /** Creates a video and answers its id. */
    String createVideo(String prompt) {
        HttpResponse<String> response = postVideo(prompt);
        assertEquals(200, response.statusCode(), response::body);
        try {
            return JSON.readTree(response.body()).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> postVideo(String prompt) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/v1/videos"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("prompt", prompt))));
            if (testId != null) {
                request.header("X-Emulator-Test-Id", testId);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
