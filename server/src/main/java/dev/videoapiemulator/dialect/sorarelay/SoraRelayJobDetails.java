package dev.videoapiemulator.dialect.sorarelay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.videoapiemulator.dialect.DeclaredDetails;
import dev.videoapiemulator.engine.VideoCharacter;
import dev.videoapiemulator.engine.VideoJob;
import java.util.Set;

/**
 * What the relay remembers about a job beyond the engine's spec: whether it is private, the
 * client's metadata, and the character it makes (shown once the job has completed), each may be null.
 */
record SoraRelayJobDetails(boolean privateVideo, JsonNode metadata, VideoCharacter character) {

    static final SoraRelayJobDetails NONE = new SoraRelayJobDetails(false, null, null);

    /** A declared job's {@code details}: {@code private} and {@code metadata}, as a create's fields. */
    static SoraRelayJobDetails declared(DeclaredDetails declared) {
        declared.allowOnly(Set.of("private", "metadata"));
        return new SoraRelayJobDetails(declared.flag("private"), declared.object("metadata").orElse(null), null);
    }

    static SoraRelayJobDetails of(VideoJob job) {
        return job.details(SoraRelayJobDetails.class).orElse(NONE);
    }
}
