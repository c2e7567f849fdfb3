package dev.videoapiemulator.sdk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.HttpResponse;
import com.openai.errors.BadRequestException;
import com.openai.models.videos.Video;
import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.FrozenClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * openai-java pointed at the new-api profile reads a /v1/video/generations task as new-api lets it:
 * a Video whose status is one the SDK does not know until the upstream is polled, its address in
 * metadata.url, its content through the proxy, and new-api's 400 for an unknown task.
 */
@QuarkusTest
class NewApiSdkTest {

    @TestHTTPResource("/")
    URL base;

    private final String key = "sk-sdk-new-api-" + UUID.randomUUID();
    private OpenAIClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private OpenAIClient client() {
        client = OpenAIOkHttpClient.builder().apiKey(key).baseUrl(base + "new-api/v1").maxRetries(0).build();
        return client;
    }

    private String submit() {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .body(Map.of("model", "sora-2", "prompt", "a lighthouse at dusk", "seconds", "4"))
                .post("/new-api/v1/video/generations").then().statusCode(200).extract().path("id");
    }

    @Test
    void theSdkReadsATaskFromUnknownToCompletedAndDownloadsIt() {
        OpenAIClient sdk = client();
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String id = submit();
            Video fresh = sdk.videos().retrieve(id);
            assertEquals(id, fresh.id());
            assertEquals(Video.Status.Value._UNKNOWN, fresh.status().value());
            assertEquals("unknown", fresh.status().asString());
            Emulator.advanceClock(Duration.ofMinutes(1));
            Video done = sdk.videos().retrieve(id);
            assertEquals(Video.Status.COMPLETED, done.status());
            assertEquals(100L, done.progress());
            JsonValue metadata = done._additionalProperties().get("metadata");
            String url = base + "new-api/v1/videos/" + id + "/content";
            assertEquals(JsonValue.from(Map.of("url", url)), metadata);
            byte[] proxied;
            try (HttpResponse response = sdk.videos().downloadContent(id)) {
                proxied = response.body().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertArrayEquals(given().header("Authorization", "Bearer " + key).get(url).asByteArray(), proxied);
        }
    }

    @Test
    void anUnknownTaskIsABadRequestForTheSdk() {
        BadRequestException error = assertThrows(BadRequestException.class,
                () -> client().videos().retrieve("task_" + "0".repeat(32)));
        assertEquals(400, error.statusCode());
    }
}
