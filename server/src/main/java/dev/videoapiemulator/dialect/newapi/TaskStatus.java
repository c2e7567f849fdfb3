package dev.videoapiemulator.dialect.newapi;

/**
 * new-api's task statuses, with the progress its poller writes for each when the upstream reports
 * none, and what {@code ToVideoStatus} makes of each on the OpenAI video object. NOT_START is no case
 * there, so a task not yet polled reads {@code unknown}, as new-api answers it.
 */
enum TaskStatus {
    NOT_START(0, "unknown"),
    SUBMITTED(10, "queued"),
    QUEUED(20, "queued"),
    IN_PROGRESS(30, "in_progress"),
    SUCCESS(100, "completed"),
    FAILURE(100, "failed");

    final int progress;
    final String videoStatus;

    TaskStatus(int progress, String videoStatus) {
        this.progress = progress;
        this.videoStatus = videoStatus;
    }
}
