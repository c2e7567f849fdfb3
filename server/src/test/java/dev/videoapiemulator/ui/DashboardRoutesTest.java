package dev.videoapiemulator.ui;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The dashboard's routes over HTTP: pages, the event stream and its bound, media and details, the journal's capture. */
@QuarkusTest
class DashboardRoutesTest {

    @Test
    void aBrowserAtTheRootIsSentToTheDashboardAndEveryoneElseGetsJson() {
        given().redirects().follow(false).accept("text/html,application/xhtml+xml").get("/").then().statusCode(303)
                .header("Location", "/__emulator/ui");
        assertError(given().accept("application/json").get("/").then(), 404, "invalid_request_error", null, null);
        given().get("/__emulator/ui").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("/__emulator/ui/assets/app.js"));
        given().get("/__emulator/ui/assets/app.js").then().statusCode(200).contentType(containsString("javascript"));
        assertError(given().get("/__emulator/ui/assets/secret.properties").then(), 404, "invalid_request_error", null,
                null);
    }

    @Test
    void aJobsMediaIsServedWithoutTheClientsKeyAndWithRanges() {
        String id = DashboardBrowserTest.create("sk-ui-" + UUID.randomUUID(), UUID.randomUUID().toString());
        given().header("Range", "bytes=0-99").get("/__emulator/jobs/" + id + "/content").then().statusCode(206)
                .contentType("video/mp4").header("Content-Range", containsString("bytes 0-99/"));
        given().get("/__emulator/jobs/" + id + "/content?variant=thumbnail").then().statusCode(200)
                .contentType("image/webp");
        assertError(given().get("/__emulator/jobs/" + id + "/content?variant=poster").then(), 400,
                "invalid_request_error", "variant", "invalid_value");
        assertError(given().get("/__emulator/jobs/video_nope/content").then(), 404, "invalid_request_error", null,
                null);
    }

    @Test
    void aJobsDetailsCarryItsTimelineAndSpec() {
        String id = DashboardBrowserTest.create("sk-ui-" + UUID.randomUUID(), UUID.randomUUID().toString());
        given().post("/__emulator/jobs/" + id + "/fail?code=internal_error&message=down").then().statusCode(200)
                .body("error.code", equalTo("internal_error")).body("completed_at", nullValue());
        given().get("/__emulator/jobs/" + id + "/details").then().statusCode(200)
                .body("job.id", equalTo(id)).body("job.status", equalTo("failed"))
                .body("spec.prompt", equalTo("A dashboard cat")).body("timeline.outcome", equalTo("failed"))
                .body("timeline.starts_at", notNullValue());
    }

    @Test
    void theJournalKeepsMaskedHeadersAndABoundedBody() {
        String key = "sk-ui-" + UUID.randomUUID();
        String prompt = "x".repeat(5000);
        given().header("Authorization", "Bearer " + key).contentType("application/json")
                .body(Map.of("prompt", prompt)).post("/v1/videos").then().statusCode(200);
        Map<String, Object> entry = given().get("/__emulator/journal?key=" + key).then().statusCode(200)
                .extract().path("data[0]");
        String mask = "Bearer ****" + key.substring(key.length() - 4);
        given().get("/__emulator/journal/" + entry.get("id")).then().statusCode(200)
                .body("request.headers.find { it.name == 'Authorization' }.value", equalTo(mask))
                .body("request.headers.value", org.hamcrest.Matchers.not(hasItem(containsString(key))))
                .body("request.body_truncated", equalTo(true))
                .body("request.body.length()", equalTo(2048))
                .body("request.body_bytes", equalTo(prompt.length() + "{\"prompt\":\"\"}".length()));
        assertError(given().get("/__emulator/journal/99999999").then(), 404, "invalid_request_error", null, null);
    }

    @Test
    void aMultipartBodyIsCountedNotKept() {
        String key = "sk-ui-" + UUID.randomUUID();
        DashboardBrowserTest.create(key, UUID.randomUUID().toString());
        given().get("/__emulator/journal?key=" + key).then().statusCode(200)
                .body("data[0].request.body", nullValue())
                .body("data[0].request.body_bytes", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void theStreamCarriesJournalEntriesWithoutHeadersOrBodies() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<InputStream> stream = client.send(HttpRequest.newBuilder(events()).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        String key = "sk-ui-" + UUID.randomUUID();
        given().header("Authorization", "Bearer " + key).get("/v1/videos").then().statusCode(200);
        try (InputStream in = stream.body()) {
            StringBuilder seen = new StringBuilder();
            byte[] buffer = new byte[8192];
            while (!seen.toString().contains(key)) {
                int read = in.read(buffer);
                assertTrue(read > 0, "the stream ended before the entry came: " + seen);
                seen.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
            assertTrue(seen.toString().contains("event: journal\ndata: {"), seen.toString());
            assertTrue(seen.toString().contains("\"request\":null"), "no headers or bodies on the stream");
        }
    }

    /**
     * However fast requests come, every one reaches a reading stream either as its entry or counted
     * in a {@code gap} event: the stream sends at most its newest frames per write, never loses count.
     */
    @Test
    void everyEntryIsSentOrCountedInAGap() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<java.util.stream.Stream<String>> stream = client.send(HttpRequest.newBuilder(events()).build(),
                HttpResponse.BodyHandlers.ofLines());
        java.util.concurrent.atomic.AtomicLong accounted = new java.util.concurrent.atomic.AtomicLong();
        java.util.regex.Pattern skipped = java.util.regex.Pattern.compile("\\{\"skipped\":(\\d+)}");
        Thread reader = new Thread(() -> stream.body().forEach(line -> {
            java.util.regex.Matcher gap = skipped.matcher(line);
            if (line.equals("event: journal")) {
                accounted.incrementAndGet();
            } else if (line.startsWith("data: ") && gap.find()) {
                accounted.addAndGet(Long.parseLong(gap.group(1)));
            }
        }));
        reader.setDaemon(true);
        reader.start();
        HttpClient burst = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int requests = 600;
        for (int round = 0; round < requests / 50; round++) {
            List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(burst.sendAsync(HttpRequest.newBuilder(URI.create(base() + "/v1/videos"))
                        .header("Authorization", "Bearer sk-ui-burst").build(), HttpResponse.BodyHandlers.discarding()));
            }
            for (CompletableFuture<HttpResponse<Void>> call : calls) {
                assertEquals(200, call.get().statusCode());
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> accounted.get() >= requests);
        assertEquals(requests, accounted.get(), "entries sent plus entries skipped");
        stream.body().close();
    }

    /**
     * A browser that stops reading is dropped once its frames back up; it never holds the API up.
     * The socket here reads nothing after its request, while requests with long targets fill the stream.
     */
    @Test
    void aStreamThatFallsBehindIsDroppedAndTheApiGoesOn() throws Exception {
        long droppedBefore = stats("dropped");
        try (Socket slow = new Socket()) {
            slow.setReceiveBufferSize(4096);
            slow.connect(new java.net.InetSocketAddress("127.0.0.1", RestAssured.port));
            OutputStream out = slow.getOutputStream();
            out.write(("GET /__emulator/ui/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> stats("open") >= 1);

            HttpClient client = HttpClient.newHttpClient();
            String filler = "q=" + "z".repeat(4000);
            long started = System.nanoTime();
            for (int round = 0; round < 100 && stats("dropped") == droppedBefore; round++) {
                List<CompletableFuture<HttpResponse<Void>>> batch = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    batch.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base() + "/v1/videos?" + filler))
                            .header("Authorization", "Bearer sk-ui-slow").build(), HttpResponse.BodyHandlers.discarding()));
                }
                for (CompletableFuture<HttpResponse<Void>> call : batch) {
                    assertEquals(200, call.get().statusCode());
                }
            }
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> stats("dropped") > droppedBefore);
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 60, "the API kept its pace");
        }
    }

    private static long stats(String field) {
        return given().get("/__emulator/ui/stats").then().statusCode(200).extract().<Number>path(field).longValue();
    }

    private static String base() {
        return "http://127.0.0.1:" + RestAssured.port;
    }

    private static URI events() {
        return URI.create(base() + "/__emulator/ui/events");
    }

}
