package dev.videoapiemulator.engine;

/** Where a job came from: a fresh generation, or work on an earlier video. */
public record JobOrigin(Kind kind, String sourceId) {

    public enum Kind {
        CREATE,
        REMIX,
        EDIT,
        EXTEND
    }

    public static JobOrigin fresh() {
        return new JobOrigin(Kind.CREATE, null);
    }
}
