package dev.videoapiemulator.dialect.newapi;

import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.VideoJob;
import java.time.Duration;
import java.time.Instant;

/**
 * A task's status and progress as new-api's database holds them at one instant. A new task is
 * NOT_START until new-api's poller first hears from the upstream; the emulator lets that happen
 * halfway through the queued time, after which the task shows the upstream's queued status.
 * While in progress the progress is the upstream's own where it reports one, else new-api's 30%.
 */
record TaskPhase(TaskStatus status, int progress) {

    static TaskPhase of(VideoJob job, JobState state, Instant now) {
        Platform platform = NewApiTaskDetails.of(job).platform();
        return switch (state.status()) {
            case QUEUED -> {
                Duration queued = Duration.between(job.createdAt(), job.timeline().startsAt());
                TaskStatus status = now.isBefore(job.createdAt().plus(queued.dividedBy(2))) ? TaskStatus.NOT_START
                        : platform.queued;
                yield new TaskPhase(status, status.progress);
            }
            case IN_PROGRESS -> new TaskPhase(TaskStatus.IN_PROGRESS,
                    platform.reportsProgress ? state.progress() : TaskStatus.IN_PROGRESS.progress);
            case COMPLETED -> new TaskPhase(TaskStatus.SUCCESS, TaskStatus.SUCCESS.progress);
            case FAILED -> new TaskPhase(TaskStatus.FAILURE, TaskStatus.FAILURE.progress);
        };
    }

    /** "NN%", as TaskDto writes it. */
    String percent() {
        return progress + "%";
    }
}
