package dev.videoapiemulator.client;

import java.util.UUID;

/** Names no other test uses, so tests sharing the one emulator never see each other's jobs or requests. */
final class Fresh {

    private Fresh() {
    }

    static String key() {
        return "sk-" + UUID.randomUUID();
    }

    static String testId() {
        return "test-" + UUID.randomUUID();
    }
}
