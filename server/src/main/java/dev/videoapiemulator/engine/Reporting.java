package dev.videoapiemulator.engine;

/**
 * Which of a job's status changes are reported as {@link JobTransition} events. Only the end is
 * needed unless the job asked to hear of every change (Kling's callback_url): the engine then
 * indexes one instant per job instead of three.
 */
public enum Reporting {
    END,
    EVERY_CHANGE
}
