package dev.videoapiemulator.engine;

/** Why a job failed, as the service reports it in the job itself (not as an HTTP error). */
public record JobError(String code, String message) {
}
