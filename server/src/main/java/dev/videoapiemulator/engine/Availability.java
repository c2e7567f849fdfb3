package dev.videoapiemulator.engine;

/** Whether a job's assets can be downloaded at an instant, and if not, why. */
public enum Availability {
    READY,
    NOT_READY,
    FAILED,
    EXPIRED
}
