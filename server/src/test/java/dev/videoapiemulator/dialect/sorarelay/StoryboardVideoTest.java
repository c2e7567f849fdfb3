package dev.videoapiemulator.dialect.sorarelay;

import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.http.JobDownloads;
import dev.videoapiemulator.media.MediaSubject;
import dev.videoapiemulator.support.VideoRoute;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Storyboard prompts and the watermark flag over HTTP, down to what the media is asked to draw. */
@QuarkusTest
class StoryboardVideoTest {

    private final VideoRoute client = RelayClient.freshKey();

    @Inject
    VideoJobs jobs;

    @Test
    void aStoryboardBecomesCaptionsOfItsShots() {
        String id = client.create("model", "sora-2", "prompt", StoryboardTest.SEED_EXAMPLE, "seconds", "15");
        MediaSubject subject = JobDownloads.subjectOf(jobs.findAnyOwner(id).orElseThrow());
        assertEquals(List.of(
                new MediaSubject.Caption(0, 5, "Shot 1: The fridge door opens. A cute, chubby purple monster comes out"
                        + " of it."),
                new MediaSubject.Caption(5, 10, "Shot 2: the color of the monster to purple"),
                new MediaSubject.Caption(10, 15, "Shot 3: A second monster comes out right after")), subject.captions());
        assertFalse(subject.watermark());
    }

    @Test
    void withoutSecondsTheStoryboardsTotalIsTheLength() {
        client.post("model", "sora-2", "prompt", StoryboardTest.SEED_EXAMPLE).statusCode(200)
                .body("seconds", equalTo("15"));
    }

    @Test
    void withoutSecondsATotalNoModelOffersIsCheckedAgainstTheDefault() {
        assertInvalid(client.post("model", "sora-2", "prompt", "Shot 1:\nduration: 12sec\nScene: a"), "prompt",
                "invalid_value", "Invalid storyboard in 'prompt': the shot durations add up to 12 seconds, but the"
                        + " video is 10 seconds long.");
    }

    @Test
    void durationsMustAddUpToSeconds() {
        assertInvalid(client.post("model", "sora-2", "prompt", StoryboardTest.SEED_EXAMPLE, "seconds", "10"),
                "prompt", "invalid_value", "Invalid storyboard in 'prompt': the shot durations add up to 15 seconds,"
                        + " but the video is 10 seconds long.");
    }

    @Test
    void malformedStoryboardsAreRefusedOverHttp() {
        assertInvalid(client.post("model", "sora-2", "prompt", "Shot 1:\nduration: 10sec"), "prompt", "invalid_value",
                "Invalid storyboard in 'prompt': shot 1 needs a 'Scene: ...' line after its duration.");
    }

    @Test
    void plainPromptsHaveNoCaptions() {
        String id = client.create("model", "sora-2", "prompt", "a quiet lake");
        assertTrue(jobs.findAnyOwner(id).orElseThrow().spec().overlay().shots().isEmpty());
    }

    @Test
    void watermarkReachesTheMedia() {
        String marked = client.create("model", "sora-2", "prompt", "p", "watermark", "true");
        String clean = client.create("model", "sora-2", "prompt", "p", "watermark", "false");
        assertTrue(JobDownloads.subjectOf(jobs.findAnyOwner(marked).orElseThrow()).watermark());
        VideoSpec.Overlay overlay = jobs.findAnyOwner(clean).orElseThrow().spec().overlay();
        assertFalse(overlay.watermark());
    }
}
