package dev.videoapiemulator.http;

import java.util.UUID;

/**
 * The running emulator the hostile requests go to, filled in by the {@code @QuarkusTest} class
 * before any is generated: the generators need the id of a completed video it made.
 */
final class HostileTarget {

    static final String API_KEY = "sk-hostile-" + UUID.randomUUID();

    private static volatile RawHttp http;
    /** A completed official video of {@link #API_KEY}, so that {@code ?variant=} is read past the id check. */
    private static volatile String completedVideoId = "video_hostile_none";

    private HostileTarget() {
    }

    static void aim(int port, String videoId) {
        http = new RawHttp("localhost", port, API_KEY);
        completedVideoId = videoId;
    }

    static RawHttp http() {
        if (http == null) {
            throw new IllegalStateException("No emulator to send to: run the hostile requests through HostileInputTest"
                    + " or HostileOversizeTest, which start one.");
        }
        return http;
    }

    static String completedVideoId() {
        return completedVideoId;
    }
}
