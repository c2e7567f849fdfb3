package dev.videoapiemulator.dialect.sorarelay;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.VideoRoute;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Characters inline (character_url, character_from_task, character_create) and at the character endpoint. */
@QuarkusTest
class SoraRelayCharacterTest {

    private static final String EXTERNAL = "https://cdn.example.com/clips/dancer.mp4";

    private final VideoRoute client = RelayClient.freshKey();

    @Test
    void characterUrlMakesACharacterShownOnceCompleted() {
        String id = client.create("model", "sora-2", "prompt", "p", "character_url", EXTERNAL,
                "character_timestamps", "1,3");
        client.get(id).body("$", not(hasKey("character")));
        Emulator.advanceClock(Duration.ofMinutes(1));
        assertCharacter(client.get(id).statusCode(200), "character.");
    }

    @Test
    void characterCreateMakesOneFromTheFinishedVideo() {
        String id = client.completed("model", "sora-2", "prompt", "p", "character_create", "true");
        assertCharacter(client.get(id), "character.");
        String plain = client.completed("model", "sora-2", "prompt", "p");
        client.get(plain).body("$", not(hasKey("character")));
    }

    @Test
    void characterFromTaskNamesACompletedTaskOfTheSameKey() {
        String source = client.completed("model", "sora-2", "prompt", "source");
        String id = client.completed("model", "sora-2", "prompt", "p", "character_from_task", source,
                "character_timestamps", "7,10");
        assertCharacter(client.get(id), "character.");
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "character_from_task", source,
                "character_timestamps", "8,11"), "character_timestamps", "invalid_value",
                "Invalid 'character_timestamps': the end (11.0) is past the end of the 10-second source video.");
        assertInvalid(RelayClient.freshKey().post("model", "sora-2", "prompt", "p", "character_from_task", source,
                "character_timestamps", "1,2"), "character_from_task", "invalid_value",
                "Invalid 'character_from_task': task '" + source + "' does not exist for this API key.");
    }

    @Test
    void characterFromTaskMustBeCompleted() {
        String running = client.create("model", "sora-2", "prompt", "running");
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "character_from_task", running,
                "character_timestamps", "1,2"), "character_from_task", "invalid_value",
                "Invalid 'character_from_task': task '" + running + "' is queued; characters are made from completed"
                        + " tasks only.");
    }

    @Test
    void ownContentUrlsAreCheckedAgainstTheirTask() {
        String source = client.completed("model", "sora-2", "prompt", "source", "seconds", "15");
        String url = client.get(source).extract().path("video_url");
        client.post("model", "sora-2", "prompt", "p", "character_url", url, "character_timestamps", "12,15")
                .statusCode(200);
        client.post("model", "sora-2", "prompt", "p", "character_url",
                "http://elsewhere:9/v1/videos/" + source.replace(":", "%3A") + "/content", "character_timestamps",
                "12,15").statusCode(200);
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "character_url", url, "character_timestamps",
                "14,16"), "character_timestamps", "invalid_value",
                "Invalid 'character_timestamps': the end (16.0) is past the end of the 15-second source video.");
        String missing = "http://localhost/sora-relay/v1/videos/sora-2:task_01kbhfs5yceakr1pa0qrfzfeqk/content";
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "character_url", missing, "character_timestamps",
                "1,2"), "character_url", "invalid_value", "Invalid 'character_url': task"
                        + " 'sora-2:task_01kbhfs5yceakr1pa0qrfzfeqk' does not exist for this API key.");
    }

    @Test
    void otherUrlsAreCheckedForFormAndSpanOnly() {
        client.post("model", "sora-2", "prompt", "p", "character_url", "https://cdn.example.com/x/abc/content",
                "character_timestamps", "100,102").statusCode(200);
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "character_url", "dancer.mp4",
                "character_timestamps", "1,2"), "character_url", "invalid_value",
                "Invalid 'character_url': expected an http(s) URL of a video, but got 'dancer.mp4'.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,1", "1,2", "1,4", "2.5,5.5", " 3 , 4 "})
    void spansOfOneToThreeSecondsFromZeroOn(String timestamps) {
        client.post("model", "sora-2", "prompt", "p", "character_url", EXTERNAL, "character_timestamps", timestamps)
                .statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,0.5", "1,1.9", "1,4.1", "0,5", "3,2"})
    void spansOutsideOneToThreeSecondsAreRefused(String timestamps) {
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "character_url", EXTERNAL,
                "character_timestamps", timestamps), "character_timestamps", "invalid_value",
                "Invalid 'character_timestamps': end - start must be from 1 to 3 seconds, but got '"
                        + timestamps.strip() + "'.");
    }

    @Test
    void startMustNotBeNegative() {
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "character_url", EXTERNAL,
                "character_timestamps", "-1,1"), "character_timestamps", "invalid_value",
                "Invalid 'character_timestamps': the start must be 0 or more, but got -1.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1;2", "a,b", "{1},{2}", "1,2,3"})
    void timestampsMustBeStartCommaEnd(String timestamps) {
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "character_url", EXTERNAL,
                "character_timestamps", timestamps), "character_timestamps", "invalid_value",
                "Invalid 'character_timestamps': expected '{start},{end}' in seconds, such as '1,3', but got '"
                        + timestamps + "'.");
    }

    @Test
    void sourcesAndTimestampsGoTogether() {
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "character_url", EXTERNAL),
                "character_timestamps", "missing_required_parameter",
                "Missing required parameter: 'character_timestamps'.");
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "character_timestamps", "1,2"),
                "character_timestamps", "invalid_value", "'character_timestamps' needs 'character_url' or"
                        + " 'character_from_task' to say which video the character is in.");
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "character_url", EXTERNAL, "character_from_task",
                "sora-2:task_01kbhfs5yceakr1pa0qrfzfeqk", "character_timestamps", "1,2"), "character_from_task",
                "invalid_value", "Provide either 'character_url' or 'character_from_task', not both.");
    }

    @Test
    void privateVideosCannotBeUsedForCharacters() {
        String hidden = client.completed("model", "sora-2", "prompt", "hidden", "private", "true");
        assertError(client.post("model", "sora-2", "prompt", "p", "character_from_task", hidden,
                "character_timestamps", "1,2"), 400, "invalid_request_error", "character_from_task", "private_video")
                .body("error.message", equalTo("Task '" + hidden + "' was made with private=true, so it cannot be"
                        + " used for characters."));
        String url = client.get(hidden).extract().path("video_url");
        assertError(client.post("model", "sora-2", "prompt", "p", "character_url", url, "character_timestamps", "1,2"),
                400, "invalid_request_error", "character_url", "private_video");
        assertError(postCharacter(Map.of("from_task", hidden, "timestamps", "1,2"), "/sora-relay/v1/characters"), 400,
                "invalid_request_error", "from_task", "private_video");
        postCharacter(Map.of("from_task", hidden, "timestamps", "1,2"), "/sora/v1/characters").statusCode(400)
                .body("code", equalTo("private_video")).body("data", nullValue());
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "private", "true", "character_create", "true"),
                "private", "invalid_value", "A private video cannot be used for characters: drop 'private' or the"
                        + " character fields.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sora/v1/characters", "/sora-relay/v1/characters"})
    void theCharacterEndpointTakesAUrlOrATask(String path) {
        assertCharacter(postCharacter(Map.of("url", EXTERNAL, "timestamps", "1,2", "model", "sora-2-character"), path)
                .statusCode(200), "");
        String source = client.completed("model", "sora-2", "prompt", "source");
        assertCharacter(postCharacter(Map.of("from_task", source, "timestamps", "0,3"), path).statusCode(200), "");
        assertCharacter(client.request().multiPart("url", EXTERNAL).multiPart("timestamps", "1,2").post(path).then()
                .statusCode(200), "");
    }

    @Test
    void theCharacterEndpointChecksWhatItIsGiven() {
        String path = "/sora-relay/v1/characters";
        assertInvalid(postCharacter(Map.of("timestamps", "1,2"), path), "timestamps", "invalid_value",
                "'timestamps' needs 'url' or 'from_task' to say which video the character is in.");
        assertInvalid(postCharacter(Map.of(), path), "url", "missing_required_parameter",
                "Missing required parameter: provide 'url' or 'from_task' (the video the character is in).");
        assertInvalid(postCharacter(Map.of("url", EXTERNAL), path), "timestamps", "missing_required_parameter",
                "Missing required parameter: 'timestamps'.");
        assertInvalid(postCharacter(Map.of("url", EXTERNAL, "timestamps", "1,5"), path), "timestamps",
                "invalid_value", "Invalid 'timestamps': end - start must be from 1 to 3 seconds, but got '1,5'.");
        assertInvalid(postCharacter(Map.of("url", EXTERNAL, "timestamps", "1,2", "name", "x"), path), "name",
                "unknown_parameter", "Unknown parameter: 'name'.");
    }

    private ValidatableResponse postCharacter(Map<String, String> body, String path) {
        return client.request().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static void assertCharacter(ValidatableResponse response, String prefix) {
        response.body(prefix + "id", matchesPattern("ch_[0-9a-f]{32}"))
                .body(prefix + "username", matchesPattern("[a-z]{9}\\.[a-z]{10}"))
                .body(prefix + "permalink", startsWith("https://sora.chatgpt.com/profile/"))
                .body(prefix + "profile_picture_url", startsWith("https://"));
    }
}
