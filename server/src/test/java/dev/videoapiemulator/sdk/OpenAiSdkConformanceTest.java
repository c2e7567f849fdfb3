package dev.videoapiemulator.sdk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.HttpResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.models.videos.Video;
import com.openai.models.videos.VideoCreateCharacterParams;
import com.openai.models.videos.VideoCreateCharacterResponse;
import com.openai.models.videos.VideoCreateParams;
import com.openai.models.videos.VideoDeleteResponse;
import com.openai.models.videos.VideoDownloadContentParams;
import com.openai.models.videos.VideoDownloadContentParams.Variant;
import com.openai.models.videos.VideoEditParams;
import com.openai.models.videos.VideoExtendParams;
import com.openai.models.videos.VideoGetCharacterResponse;
import com.openai.models.videos.VideoListParams;
import com.openai.models.videos.VideoModel;
import com.openai.models.videos.VideoRemixParams;
import com.openai.models.videos.VideoSeconds;
import com.openai.models.videos.VideoSize;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the emulator with the official openai-java SDK: every call must come back as the types the SDK
 * expects, and every error as the exception class the SDK maps its status to.
 */
@QuarkusTest
class OpenAiSdkConformanceTest {

    private static final String PROMPT = "A lighthouse at dusk, waves rolling in";

    @TestHTTPResource("/")
    URL base;

    private final List<OpenAIClient> clients = new ArrayList<>();

    /** The client of this test, on an API key of its own, so no other test's jobs are visible to it. */
    private OpenAIClient client;

    @BeforeEach
    void openClient() {
        client = newClient();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(OpenAIClient::close);
    }

    @Test
    void createdVideoIsQueuedAndCompletesOnceTheClockMoves() {
        Video created = client.videos().create(VideoCreateParams.builder()
                .prompt(PROMPT)
                .model(VideoModel.SORA_2)
                .size(VideoSize._1280X720)
                .seconds(VideoSeconds._8)
                .build());

        assertValid(created);
        assertTrue(created.id().startsWith("video_"), created.id());
        assertEquals(Video.Status.QUEUED, created.status());
        assertEquals(0, created.progress());
        assertTrue(created.completedAt().isEmpty());
        assertEquals(VideoModel.SORA_2, created.model());
        assertEquals(VideoSize._1280X720, created.size());
        assertEquals(VideoSeconds._8, created.seconds());
        assertEquals(PROMPT, created.prompt().orElseThrow());

        Video done = awaitCompleted(created);
        assertEquals(created.id(), done.id());
        assertEquals(created.createdAt(), done.createdAt());
        assertEquals(100, done.progress());
        long completedAt = done.completedAt().orElseThrow();
        assertTrue(completedAt >= done.createdAt(), "completed_at before created_at");
        assertTrue(done.expiresAt().orElseThrow() > completedAt, "expires_at not after completed_at");
        assertTrue(done.error().isEmpty());
        assertEquals(VideoSize._1280X720, done.size());
        assertEquals(VideoSeconds._8, done.seconds());
    }

    @Test
    void completedVideoDownloadsAllThreeVariants() {
        Video video = completedVideo(VideoSeconds._4);

        byte[] mp4 = download(video.id(), Variant.VIDEO);
        assertEquals("ftyp", ascii(mp4, 4, 8), "video is not an MP4");

        byte[] webp = download(video.id(), Variant.THUMBNAIL);
        assertEquals("RIFF", ascii(webp, 0, 4), "thumbnail is not a RIFF file");
        assertEquals("WEBP", ascii(webp, 8, 12), "thumbnail is not a WebP image");

        byte[] jpeg = download(video.id(), Variant.SPRITESHEET);
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8}, Arrays.copyOf(jpeg, 2), "spritesheet is not a JPEG");
    }

    @Test
    void defaultDownloadIsTheVideo() {
        Video video = completedVideo(VideoSeconds._4);
        try (HttpResponse response = client.videos().downloadContent(video.id())) {
            assertEquals(200, response.statusCode());
            assertEquals("ftyp", ascii(readAll(response), 4, 8), "default variant is not an MP4");
        }
    }

    @Test
    void autoPagerVisitsEveryVideoOnceNewestFirst() {
        List<String> created = createMany(5);
        List<String> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);

        List<String> visited = client.videos().list(VideoListParams.builder().limit(2).build())
                .autoPager().stream().map(Video::id).toList();

        assertEquals(newestFirst, visited);
        assertEquals(visited.size(), new HashSet<>(visited).size(), "a video was visited twice");
    }

    @Test
    void pagesInAscendingOrderReportWhetherMoreFollow() {
        List<String> created = createMany(3);

        var page = client.videos().list(VideoListParams.builder().limit(2).order(VideoListParams.Order.ASC).build());

        assertEquals(created.subList(0, 2), page.data().stream().map(Video::id).toList());
        assertTrue(page.hasMore().orElseThrow());
        assertTrue(page.hasNextPage());
        var last = page.nextPage();
        assertEquals(created.subList(2, 3), last.data().stream().map(Video::id).toList());
        assertFalse(last.hasMore().orElseThrow());
        assertFalse(last.hasNextPage());
    }

    @Test
    void remixKeepsModelSizeAndSecondsOfItsSource() {
        Video source = completedVideo(VideoSeconds._8);

        Video remix = client.videos().remix(source.id(), VideoRemixParams.builder()
                .prompt("The same lighthouse, in a snowstorm")
                .build());

        assertValid(remix);
        assertNotEquals(source.id(), remix.id());
        assertEquals(source.id(), remix.remixedFromVideoId().orElseThrow());
        assertEquals(source.model(), remix.model());
        assertEquals(source.size(), remix.size());
        assertEquals(source.seconds(), remix.seconds());
        assertEquals("The same lighthouse, in a snowstorm", remix.prompt().orElseThrow());
        assertEquals(Video.Status.COMPLETED, awaitCompleted(remix).status());
    }

    @Test
    void editByVideoIdMakesANewJob() {
        Video source = completedVideo(VideoSeconds._4);

        Video edited = client.videos().edit(VideoEditParams.builder()
                .prompt("Make the sky purple")
                .video(VideoEditParams.Video.VideoReferenceInputParam.builder().id(source.id()).build())
                .build());

        assertValid(edited);
        assertNotEquals(source.id(), edited.id());
        assertTrue(edited.remixedFromVideoId().isEmpty(), "an edit is not a remix");
        assertEquals(source.size(), edited.size());
        assertEquals(source.seconds(), edited.seconds());
        assertEquals("Make the sky purple", edited.prompt().orElseThrow());
        assertEquals(Video.Status.COMPLETED, awaitCompleted(edited).status());
    }

    @Test
    void extensionReportsTheStitchedLength() {
        Video source = completedVideo(VideoSeconds._4);

        Video extended = client.videos().extend(VideoExtendParams.builder()
                .prompt("The camera pulls back to reveal the coast")
                .video(VideoExtendParams.Video.VideoReferenceInputParam.builder().id(source.id()).build())
                .seconds(VideoSeconds._8)
                .build());

        assertValid(extended);
        assertNotEquals(source.id(), extended.id());
        assertEquals(VideoSeconds._12, extended.seconds(), "4 + 8 seconds");
        assertEquals(source.size(), extended.size());
        assertEquals(VideoSeconds._12, awaitCompleted(extended).seconds());
    }

    @Test
    void characterFromAnUploadedVideoCanBeFetched() {
        byte[] mp4 = download(completedVideo(VideoSeconds._4).id(), Variant.VIDEO);

        VideoCreateCharacterResponse created = client.videos().createCharacter(VideoCreateCharacterParams.builder()
                .name("Keeper")
                .video(mp4)
                .build());

        created.validate();
        String id = created.id().orElseThrow();
        assertTrue(id.startsWith("char_"), id);
        assertEquals("Keeper", created.name().orElseThrow());

        VideoGetCharacterResponse fetched = client.videos().getCharacter(id);
        fetched.validate();
        assertEquals(id, fetched.id().orElseThrow());
        assertEquals("Keeper", fetched.name().orElseThrow());
        assertEquals(created.createdAt(), fetched.createdAt());
    }

    @Test
    void deletedVideoIsGone() {
        Video video = completedVideo(VideoSeconds._4);

        VideoDeleteResponse deleted = client.videos().delete(video.id());

        deleted.validate();
        assertEquals(video.id(), deleted.id());
        assertTrue(deleted.deleted());
        assertThrows(NotFoundException.class, () -> client.videos().retrieve(video.id()));
        assertThrows(NotFoundException.class, () -> client.videos().delete(video.id()));
    }

    @Test
    void videosOfAnotherKeyAreNotFound() {
        Video video = create(PROMPT, VideoSeconds._4);

        assertThrows(NotFoundException.class, () -> newClient().videos().retrieve(video.id()));
    }

    @Test
    void unsupportedSecondsIsABadRequestOnSeconds() {
        BadRequestException error = assertThrows(BadRequestException.class, () -> client.videos().create(
                VideoCreateParams.builder().prompt(PROMPT).seconds(VideoSeconds.of("7")).build()));

        assertEquals(400, error.statusCode());
        assertEquals("invalid_value", error.code().orElseThrow());
        assertEquals("seconds", error.param().orElseThrow());
        assertEquals("invalid_request_error", error.type().orElseThrow());
    }

    @Test
    void unknownVideoIdIsNotFound() {
        NotFoundException error = assertThrows(NotFoundException.class,
                () -> client.videos().retrieve("video_" + "0".repeat(40)));

        assertEquals(404, error.statusCode());
        assertEquals("invalid_request_error", error.type().orElseThrow());
    }

    @Test
    void unknownCharacterIdIsNotFound() {
        assertThrows(NotFoundException.class, () -> client.videos().getCharacter("char_" + "0".repeat(32)));
    }

    private OpenAIClient newClient() {
        OpenAIClient fresh = OpenAIOkHttpClient.builder()
                .apiKey("sk-sdk-" + UUID.randomUUID())
                .baseUrl(base + "v1")
                .maxRetries(0)
                .build();
        clients.add(fresh);
        return fresh;
    }

    private Video create(String prompt, VideoSeconds seconds) {
        return client.videos().create(VideoCreateParams.builder().prompt(prompt).seconds(seconds).build());
    }

    /** Ids of {@code count} new videos, oldest first. */
    private List<String> createMany(int count) {
        return IntStream.range(0, count).mapToObj(i -> create(PROMPT + " #" + i, VideoSeconds._4).id()).toList();
    }

    private Video completedVideo(VideoSeconds seconds) {
        return awaitCompleted(create(PROMPT, seconds));
    }

    /** Moves the emulator's clock past any job's duration, then reads the job once. */
    private Video awaitCompleted(Video video) {
        given().post("/__emulator/clock/advance?by=PT1M").then().statusCode(200);
        Video done = client.videos().retrieve(video.id());
        assertValid(done);
        assertEquals(Video.Status.COMPLETED, done.status(), () -> video.id() + " did not complete: " + done);
        return done;
    }

    private byte[] download(String videoId, Variant variant) {
        try (HttpResponse response = client.videos().downloadContent(videoId,
                VideoDownloadContentParams.builder().variant(variant).build())) {
            assertEquals(200, response.statusCode());
            return readAll(response);
        }
    }

    /** Checks every field has the JSON type the SDK declares, and that the enums hold values the SDK knows. */
    private static void assertValid(Video video) {
        video.validate();
        video.status().known();
        video.model().known();
        video.size().known();
        video.seconds().known();
    }

    private static byte[] readAll(HttpResponse response) {
        try (InputStream body = response.body()) {
            byte[] bytes = body.readAllBytes();
            assertTrue(bytes.length > 12, "body of " + bytes.length + " bytes");
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
    }
}
