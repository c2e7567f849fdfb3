package dev.videoapiemulator.dialect.klingofficial;

import static dev.videoapiemulator.dialect.klingofficial.Kling.refused;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.support.Images;
import dev.videoapiemulator.support.Videos;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Kling task from submission to download, through Kling's own paths, on the test's own clock. */
@QuarkusTest
class KlingOfficialLifecycleTest {

    private final Kling kling = new Kling();

    @BeforeEach
    void freeze() {
        kling.frozen();
    }

    @Test
    void aSubmittedTaskAnswersInKlingsEnvelopeAndSucceedsWithAVideo() {
        JsonPath submitted = kling.create("text2video", Map.of("prompt", "A paper boat on a river",
                "external_task_id", "boat-1")).statusCode(200).body("code", equalTo(0))
                .body("message", equalTo("SUCCEED")).body("data.task_status", equalTo("submitted"))
                .body("data.task_info.external_task_id", equalTo("boat-1"))
                .body("data", not(hasKey("task_result"))).body("data", not(hasKey("task_status_msg")))
                .extract().jsonPath();
        String id = submitted.getString("data.task_id");
        long created = submitted.getLong("data.created_at");
        assertTrue(created > 1_000_000_000_000L, "milliseconds");
        assertEquals(created, submitted.getLong("data.updated_at"));

        kling.advance(Duration.ofMillis(600));
        JsonPath processing = kling.get("text2video", id).statusCode(200).body("data.task_status",
                equalTo("processing")).extract().jsonPath();
        assertEquals(created + 500, processing.getLong("data.updated_at"), "started when its queue time ended");

        kling.advance(Duration.ofMinutes(1));
        JsonPath done = kling.get("text2video", id).statusCode(200).body("data.task_status", equalTo("succeed"))
                .body("data.task_result.videos", hasSize(1)).body("data.task_result.videos[0].id", equalTo(id))
                .body("data.task_result.videos[0].duration", equalTo("5")).extract().jsonPath();
        assertTrue(done.getLong("data.updated_at") > processing.getLong("data.updated_at"));
        String url = done.getString("data.task_result.videos[0].url");
        assertEquals("/kling-official/v1/videos/text2video/" + id + "/content", URI.create(url).getPath());

        Response video = kling.api().get(url);
        video.then().statusCode(200).contentType("video/mp4");
        Videos.Shape shape = Videos.shapeOf(video.asByteArray());
        assertEquals(List.of(1280, 720), List.of(shape.width(), shape.height()));
        assertEquals(5.0, shape.seconds(), 0.01);
        String etag = video.header("ETag");
        kling.api().header("Range", "bytes=0-9").get(url).then().statusCode(206).header("Content-Length", "10");
        kling.api().header("If-None-Match", etag).get(url).then().statusCode(304);
    }

    @ParameterizedTest
    @CsvSource({"std, 16:9, 5, 1280, 720", "std, 9:16, 10, 720, 1280", "std, 1:1, 5, 720, 720",
            "pro, 16:9, 10, 1920, 1080", "pro, 9:16, 5, 1080, 1920", "pro, 1:1, 5, 1080, 1080"})
    void theVideoHasTheAspectRatioAtTheModesResolutionForItsDuration(String mode, String ratio, String duration,
            int width, int height) {
        String id = kling.created("text2video", Map.of("prompt", "p", "mode", mode, "aspect_ratio", ratio,
                "duration", duration));
        kling.advance(Duration.ofMinutes(1));
        Videos.Shape shape = Videos.shapeOf(kling.api().get(Kling.ROOT + "text2video/" + id + "/content").then()
                .statusCode(200).extract().asByteArray());
        assertEquals(List.of(width, height), List.of(shape.width(), shape.height()));
        assertEquals(Double.parseDouble(duration), shape.seconds(), 0.01);
        kling.get("text2video", id).body("data.task_result.videos[0].duration", equalTo(duration));
    }

    @Test
    void anImage2VideoTaskTakesItsStartFramesShape() {
        String portrait = Base64.getEncoder().encodeToString(Images.encode("png", 360, 640));
        String id = kling.created("image2video", Map.of("image", portrait, "mode", "pro"));
        kling.advance(Duration.ofMinutes(1));
        String url = kling.get("image2video", id).statusCode(200).body("data.task_status", equalTo("succeed"))
                .extract().path("data.task_result.videos[0].url");
        assertEquals("/kling-official/v1/videos/image2video/" + id + "/content", URI.create(url).getPath());
        Videos.Shape shape = Videos.shapeOf(kling.api().get(url).then().statusCode(200).extract().asByteArray());
        assertEquals(List.of(1080, 1920), List.of(shape.width(), shape.height()));
        String remote = kling.created("image2video", Map.of("image", "https://example.com/frame.png"));
        kling.advance(Duration.ofMinutes(1));
        assertEquals(List.of(1280, 720), shapeOf("image2video", remote), "a URL is never fetched: 16:9");
    }

    @Test
    void aTaskIsFoundOnlyUnderItsOwnKindAndKey() {
        String id = kling.created("text2video", Map.of("prompt", "p"));
        refused(kling.get("image2video", id), 404, 1203).body("message", equalTo("Task not found: '" + id + "'."));
        refused(new Kling().get("text2video", id), 404, 1203);
        refused(kling.get("text2video", "123456789012345678"), 404, 1203);
        refused(kling.api().get(Kling.ROOT + "image2video/" + id + "/content").then(), 404, 1203);
    }

    @Test
    void aTaskIsQueriedByItsExternalTaskIdAndThatIdIsTheKeysOnce() {
        String id = kling.created("text2video", Map.of("prompt", "p", "external_task_id", "order-42"));
        kling.get("text2video", "order-42").statusCode(200).body("data.task_id", equalTo(id));
        refused(kling.create("text2video", Map.of("prompt", "q", "external_task_id", "order-42")), 400, 1201)
                .body("message", equalTo("external_task_id 'order-42' is already used by task '" + id
                        + "'; each task of a key needs its own."));
        refused(kling.create("image2video", Map.of("image", "https://example.com/a.png", "external_task_id",
                "order-42")), 400, 1201);
        new Kling().created("text2video", Map.of("prompt", "p", "external_task_id", "order-42"));
    }

    @Test
    void aFailedTaskSaysWhyAndHasNoVideo() {
        String id = kling.created("text2video", Map.of("prompt", "p"));
        given().queryParam("message", "Risk control").post("/__emulator/jobs/" + id + "/fail").then()
                .statusCode(200);
        kling.get("text2video", id).statusCode(200).body("data.task_status", equalTo("failed"))
                .body("data.task_status_msg", equalTo("Risk control")).body("data", not(hasKey("task_result")));
        refused(kling.api().get(Kling.ROOT + "text2video/" + id + "/content").then(), 400, 1201)
                .body("message", equalTo("Task '" + id + "' failed, so it has no video: Risk control"));
    }

    @Test
    void aVideoCannotBeDownloadedBeforeItSucceededNorAfterItIsDeleted() {
        String id = kling.created("text2video", Map.of("prompt", "p"));
        refused(kling.api().get(Kling.ROOT + "text2video/" + id + "/content").then(), 400, 1201)
                .body("message", equalTo("Task '" + id + "' has no video yet: its status is 'submitted'."));
        kling.advance(Duration.ofMinutes(1));
        kling.api().get(Kling.ROOT + "text2video/" + id + "/content").then().statusCode(200);
        kling.advance(Duration.ofHours(2));
        refused(kling.api().get(Kling.ROOT + "text2video/" + id + "/content").then(), 404, 1203)
                .body("message", equalTo("The video of task '" + id + "' has been deleted."));
    }

    @Test
    void listsArePagesOfOneKindNewestFirst() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(0, kling.created("text2video", Map.of("prompt", "p" + i)));
            kling.advance(Duration.ofMillis(10));
        }
        kling.created("image2video", Map.of("image", "https://example.com/a.png"));
        assertEquals(ids, kling.api().get(Kling.ROOT + "text2video").then().statusCode(200).body("code", equalTo(0))
                .extract().jsonPath().getList("data.task_id"));
        assertEquals(ids.subList(2, 4), kling.api().queryParam("pageNum", 2).queryParam("pageSize", 2)
                .get(Kling.ROOT + "text2video").then().statusCode(200).extract().jsonPath().getList("data.task_id"));
        assertEquals(ids.subList(4, 5), kling.api().queryParam("pageNum", 3).queryParam("pageSize", 2)
                .get(Kling.ROOT + "text2video").then().extract().jsonPath().getList("data.task_id"));
        kling.api().queryParam("pageNum", 4).queryParam("pageSize", 2).get(Kling.ROOT + "text2video").then()
                .statusCode(200).body("data", hasSize(0));
        kling.api().get(Kling.ROOT + "image2video").then().statusCode(200).body("data", hasSize(1));
    }

    private List<Integer> shapeOf(String action, String id) {
        Videos.Shape shape = Videos.shapeOf(kling.api().get(Kling.ROOT + action + "/" + id + "/content").then()
                .statusCode(200).extract().asByteArray());
        return List.of(shape.width(), shape.height());
    }
}
