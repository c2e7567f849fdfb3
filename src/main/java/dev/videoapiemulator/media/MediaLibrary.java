package dev.videoapiemulator.media;

import jakarta.enterprise.context.ApplicationScoped;

/** Hands out a job's renditions, rendering each once and keeping recent ones in memory. */
@ApplicationScoped
public class MediaLibrary {

    /** Blocks while the rendition is rendered; safe to call from many threads at once. */
    public MediaAsset asset(MediaSubject subject, MediaVariant variant) {
        throw new UnsupportedOperationException("media rendering is not available yet");
    }
}
