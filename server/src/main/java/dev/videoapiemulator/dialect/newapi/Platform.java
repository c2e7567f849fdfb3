package dev.videoapiemulator.dialect.newapi;

/**
 * The upstream a model's channel speaks, as new-api's TaskDto numbers it ({@code platform}, the
 * channel type): how new-api reads the body for it, the status its queued tasks show, and whether
 * the upstream reports progress of its own.
 */
enum Platform {
    /** The sora adaptor reads the body with {@code ValidateMultipartDirect}: an unreadable body is {@code invalid_json}. */
    SORA("55", "invalid_json", TaskStatus.QUEUED, true),
    /** Kling's adaptor uses {@code ValidateBasicTaskRequest}, whose unreadable body is {@code invalid_request}; Kling reports no progress. */
    KLING("50", "invalid_request", TaskStatus.SUBMITTED, false);

    final String number;
    final String unreadableBodyCode;
    final TaskStatus queued;
    final boolean reportsProgress;

    Platform(String number, String unreadableBodyCode, TaskStatus queued, boolean reportsProgress) {
        this.number = number;
        this.unreadableBodyCode = unreadableBodyCode;
        this.queued = queued;
        this.reportsProgress = reportsProgress;
    }
}
