package dev.videoapiemulator.dialect.openai;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One key cannot see, list, download, remix or delete another key's videos: to it they do not exist. */
@QuarkusTest
class KeyIsolationTest {

    private final Emulator owner = Emulator.freshKey();
    private final Emulator stranger = Emulator.freshKey();

    @Test
    void anotherKeysVideoIsAbsent() {
        String id = owner.completed("prompt", "mine");
        assertError(stranger.get(id), 404, "invalid_request_error", null, null);
        assertError(stranger.request().get("/v1/videos/" + id + "/content").then(), 404, "invalid_request_error",
                null, null);
        assertError(stranger.request().contentType("application/json").body(Map.of("prompt", "steal"))
                .post("/v1/videos/" + id + "/remix").then(), 404, "invalid_request_error", null, null);
        assertError(stranger.request().contentType("application/json")
                .body(Map.of("prompt", "steal", "video", Map.of("id", id))).post("/v1/videos/edits").then(), 404,
                "invalid_request_error", null, null);
        assertError(stranger.request().delete("/v1/videos/" + id).then(), 404, "invalid_request_error", null, null);
        stranger.request().get("/v1/videos").then().statusCode(200).body("data.id", not(hasItem(id)));
        owner.get(id).statusCode(200);
        owner.request().get("/v1/videos").then().body("data.id", hasItem(id));
    }
}
