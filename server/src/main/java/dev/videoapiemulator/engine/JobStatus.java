package dev.videoapiemulator.engine;

public enum JobStatus {
    QUEUED,
    IN_PROGRESS,
    COMPLETED,
    FAILED;

    public boolean terminal() {
        return this == COMPLETED || this == FAILED;
    }
}
