package dev.videoapiemulator.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ApiException;
import dev.videoapiemulator.http.MediaResponses;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaResponsesTest {

    private final byte[] bytes = "0123456789".getBytes();
    private final MediaAsset asset = new MediaAsset(bytes, "video/mp4", "\"abc\"");
    private final MediaResponses responses = new MediaResponses();

    @Test
    void wholeAssetSharesTheCachedArray() {
        Response response = responses.serve(asset, "video_1.mp4", null, null);
        assertEquals(200, response.getStatus());
        assertSame(bytes, response.getEntity());
        assertEquals("10", response.getHeaderString("Content-Length"));
        assertEquals("attachment; filename=\"video_1.mp4\"", response.getHeaderString("Content-Disposition"));
        assertEquals("\"abc\"", response.getHeaderString("ETag"));
        assertEquals("bytes", response.getHeaderString("Accept-Ranges"));
        assertTrue(response.getHeaderString("Content-Type").startsWith("video/mp4"));
    }

    @Test
    void rangesAreAnsweredWithPartialContent() {
        assertRange("bytes=2-4", "234", "bytes 2-4/10");
        assertRange("bytes=7-", "789", "bytes 7-9/10");
        assertRange("bytes=-3", "789", "bytes 7-9/10");
        assertRange("bytes=8-100", "89", "bytes 8-9/10");
    }

    @Test
    void unsatisfiableRangesGet416WithTheLength() {
        ApiError refused = assertThrows(ApiException.class, () -> responses.serve(asset, "v.mp4", "bytes=10-", null))
                .error();
        assertEquals(416, refused.status());
        assertEquals("invalid_request_error", refused.type());
        assertEquals("Requested range not satisfiable; the content is 10 bytes long.", refused.message());
        assertEquals(Map.of("Content-Range", "bytes */10", "Accept-Ranges", "bytes"), refused.headers());
        assertEquals(416, assertThrows(ApiException.class, () -> responses.serve(asset, "v.mp4", "bytes=-0", null))
                .error().status());
    }

    @Test
    void malformedOrMultipleRangesFallBackToTheWholeAsset() {
        assertEquals(200, responses.serve(asset, "v.mp4", "bytes=5-2", null).getStatus());
        assertEquals(200, responses.serve(asset, "v.mp4", "bytes=0-1,4-5", null).getStatus());
        assertEquals(200, responses.serve(asset, "v.mp4", "items=0-1", null).getStatus());
        assertEquals(200, responses.serve(asset, "v.mp4", "bytes=+1-2", null).getStatus());
    }

    @Test
    void matchingIfNoneMatchGets304() {
        Response response = responses.serve(asset, "v.mp4", "bytes=0-1", "\"zzz\", W/\"abc\"");
        assertEquals(304, response.getStatus());
        assertNull(response.getEntity());
        assertEquals("\"abc\"", response.getHeaderString("ETag"));
        assertEquals(304, responses.serve(asset, "v.mp4", null, "*").getStatus());
        assertEquals(200, responses.serve(asset, "v.mp4", null, "\"other\"").getStatus());
    }

    private void assertRange(String header, String body, String contentRange) {
        Response response = responses.serve(asset, "v.mp4", header, null);
        assertEquals(206, response.getStatus());
        assertArrayEquals(body.getBytes(), (byte[]) response.getEntity());
        assertEquals(contentRange, response.getHeaderString("Content-Range"));
        assertEquals(String.valueOf(body.length()), response.getHeaderString("Content-Length"));
    }
}
