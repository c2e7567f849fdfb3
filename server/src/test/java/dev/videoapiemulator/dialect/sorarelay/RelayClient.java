package dev.videoapiemulator.dialect.sorarelay;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.VideoRoute;

/** The relay dialect under its /sora-relay/v1 prefix, called with one key. */
final class RelayClient {

    static final String VIDEOS = "/sora-relay/v1/videos";

    private RelayClient() {
    }

    static VideoRoute freshKey() {
        return withKey(Emulator.freshKey().key());
    }

    static VideoRoute withKey(String key) {
        return Emulator.withKey(key).at(VIDEOS);
    }
}
