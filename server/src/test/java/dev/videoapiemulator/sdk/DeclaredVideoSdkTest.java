package dev.videoapiemulator.sdk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.HttpResponse;
import com.openai.errors.NotFoundException;
import com.openai.models.videos.Video;
import com.openai.models.videos.VideoDeleteResponse;
import com.openai.models.videos.VideoListParams;
import com.openai.models.videos.VideoModel;
import com.openai.models.videos.VideoRemixParams;
import com.openai.models.videos.VideoSeconds;
import com.openai.models.videos.VideoSize;
import dev.videoapiemulator.support.DeclaredFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Given video_123, completed": the fixture declares it (src/test/resources/fixtures-declared), and
 * openai-java retrieves, lists, downloads, remixes and deletes it without creating anything first.
 */
@QuarkusTest
@TestProfile(DeclaredFixtures.class)
class DeclaredVideoSdkTest {

    @TestHTTPResource("/")
    URL base;

    private final String testId = "declared-sdk-" + UUID.randomUUID();
    private OpenAIClient client;

    @BeforeEach
    void openClient() {
        client = OpenAIOkHttpClient.builder().apiKey("sk-declared-sdk").baseUrl(base + "v1").maxRetries(0)
                .putHeader("X-Emulator-Test-Id", testId).build();
    }

    @AfterEach
    void closeClient() {
        client.close();
        given().queryParam("test_id", testId).post("/__emulator/reset").then().statusCode(200);
    }

    @Test
    void aDeclaredVideoIsRetrievedListedDownloadedRemixedAndDeleted() throws IOException {
        Video video = client.videos().retrieve("video_123");
        assertEquals(Video.Status.COMPLETED, video.status());
        assertEquals(100, video.progress());
        assertEquals(VideoModel.SORA_2, video.model());
        assertEquals(VideoSize._1280X720, video.size());
        assertEquals(VideoSeconds._8, video.seconds());
        assertEquals("A lighthouse at dusk, declared", video.prompt().orElseThrow());
        long completedAt = video.completedAt().orElseThrow();
        assertEquals(300, completedAt - video.createdAt(), "created -10m, completed -5m");
        assertEquals(3600, video.expiresAt().orElseThrow() - completedAt);

        List<String> listed = client.videos().list(VideoListParams.builder().limit(10).build()).autoPager().stream()
                .map(Video::id).toList();
        assertEquals(List.of("video_123", "video_shared"), listed, "newest first; the keyless one too");

        try (HttpResponse content = client.videos().downloadContent("video_123");
                InputStream body = content.body()) {
            byte[] mp4 = body.readAllBytes();
            assertEquals("ftyp", new String(Arrays.copyOfRange(mp4, 4, 8), StandardCharsets.US_ASCII));
        }

        Video remix = client.videos().remix("video_123", VideoRemixParams.builder().prompt("now at dawn").build());
        assertEquals("video_123", remix.remixedFromVideoId().orElseThrow());
        assertEquals(Video.Status.QUEUED, remix.status());
        assertEquals(VideoSize._1280X720, remix.size());
        assertEquals(VideoSeconds._8, remix.seconds());
        assertTrue(client.videos().list(VideoListParams.builder().limit(10).build()).data().stream()
                .anyMatch(v -> v.id().equals(remix.id())));

        VideoDeleteResponse deleted = client.videos().delete("video_123");
        assertTrue(deleted.deleted());
        assertEquals("video_123", deleted.id());
        assertThrows(NotFoundException.class, () -> client.videos().retrieve("video_123"));
        assertEquals(remix.id(), client.videos().retrieve(remix.id()).id(), "its remix stays");
    }
}
