package dev.videoapiemulator.dialect.openai;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Downloads over HTTP: types, names, Range, ETag, HEAD and expiry. What the bytes decode to is tested in media. */
@QuarkusTest
class ContentTest {

    private final Emulator client = Emulator.freshKey();

    private Response download(String id, String variant) {
        return client.request().queryParam("variant", variant).get("/v1/videos/" + id + "/content");
    }

    @Test
    void eachVariantHasItsTypeAndName() {
        String id = client.completed("prompt", "three assets", "size", "1280x720");
        Response video = download(id, "video");
        video.then().statusCode(200).contentType("video/mp4")
                .header("Content-Disposition", equalTo("attachment; filename=\"" + id + ".mp4\""))
                .header("Accept-Ranges", equalTo("bytes")).header("ETag", notNullValue());
        assertEquals("ftyp", new String(Arrays.copyOfRange(video.asByteArray(), 4, 8), StandardCharsets.US_ASCII));
        assertEquals(video.asByteArray().length, Integer.parseInt(video.header("Content-Length")));

        Response thumbnail = download(id, "thumbnail");
        thumbnail.then().statusCode(200).contentType("image/webp")
                .header("Content-Disposition", equalTo("attachment; filename=\"" + id + ".webp\""));
        assertEquals("WEBP", new String(Arrays.copyOfRange(thumbnail.asByteArray(), 8, 12), StandardCharsets.US_ASCII));

        Response sheet = download(id, "spritesheet");
        sheet.then().statusCode(200).contentType("image/jpeg")
                .header("Content-Disposition", equalTo("attachment; filename=\"" + id + ".jpg\""));
        assertEquals((byte) 0xFF, sheet.asByteArray()[0]);
        assertEquals((byte) 0xD8, sheet.asByteArray()[1]);
    }

    @Test
    void theDefaultVariantIsTheVideoAndTheSdksAcceptHeaderIsIgnored() {
        String id = client.completed("prompt", "default");
        client.request().accept("application/binary").get("/v1/videos/" + id + "/content").then().statusCode(200)
                .contentType("video/mp4");
    }

    @Test
    void theSameJobGivesTheSameBytes() {
        String id = client.completed("prompt", "stable");
        assertArrayEquals(download(id, "video").asByteArray(), download(id, "video").asByteArray());
    }

    @Test
    void rangesAndConditionalRequests() {
        String id = client.completed("prompt", "ranges");
        Response full = download(id, "video");
        byte[] bytes = full.asByteArray();
        String etag = full.header("ETag");

        Response part = client.request().header("Range", "bytes=0-99").get("/v1/videos/" + id + "/content");
        part.then().statusCode(206).header("Content-Range", equalTo("bytes 0-99/" + bytes.length))
                .header("Content-Length", equalTo("100"));
        assertArrayEquals(Arrays.copyOf(bytes, 100), part.asByteArray());

        Response tail = client.request().header("Range", "bytes=-10").get("/v1/videos/" + id + "/content");
        tail.then().statusCode(206);
        assertArrayEquals(Arrays.copyOfRange(bytes, bytes.length - 10, bytes.length), tail.asByteArray());

        client.request().header("Range", "bytes=" + bytes.length + "-").get("/v1/videos/" + id + "/content").then()
                .statusCode(416).header("Content-Range", equalTo("bytes */" + bytes.length))
                .body("error.type", equalTo("invalid_request_error"));

        client.request().header("If-None-Match", etag).get("/v1/videos/" + id + "/content").then().statusCode(304);

        client.request().head("/v1/videos/" + id + "/content").then().statusCode(200).contentType("video/mp4")
                .header("Content-Length", equalTo(String.valueOf(bytes.length)));
    }

    @Test
    void unknownVariantIs400() {
        String id = client.completed("prompt", "variants");
        assertInvalid(download(id, "poster").then(), "variant", "invalid_value",
                "Invalid value: 'poster'. Supported values are: 'video', 'thumbnail', and 'spritesheet'.");
    }

    @Test
    void downloadsExpireAfterAnHourButTheVideoRemains() {
        String id = client.completed("prompt", "expiring");
        download(id, "video").then().statusCode(200);
        Emulator.advanceClock(Duration.ofMinutes(61));
        assertError(download(id, "video").then(), 404, "invalid_request_error", null, null)
                .body("error.message", equalTo("The video is no longer available. Downloads expire after 1 hours."));
        assertError(download(id, "thumbnail").then(), 404, "invalid_request_error", null, null);
        client.get(id).statusCode(200).body("status", equalTo("completed"));
    }
}
