package dev.videoapiemulator.dialect.newapi;

import dev.videoapiemulator.api.ApiError;

/**
 * new-api's errors, each made for the layer of new-api that answers it, so that
 * {@link NewApiErrorShape} writes it as that layer does: task errors
 * ({@code {"code","message","data":null}}), middleware errors ({@code type} {@code new_api_error})
 * and content proxy errors ({@code {"error":{"message","type"}}}).
 */
final class NewApiErrors {

    /** The type new-api's middleware (auth, distributor) writes. */
    static final String MIDDLEWARE = "new_api_error";

    private NewApiErrors() {
    }

    /** A task-layer error ({@code dto.TaskError}): a code of new-api's own and the status it goes with. */
    static ApiError task(int status, String code, String message) {
        return new ApiError(status, null, message, null, code);
    }

    static ApiError middleware(int status, String code, String message) {
        return new ApiError(status, MIDDLEWARE, message, null, code);
    }

    /** What the content proxy answers: a 4xx is the client's {@code invalid_request_error}, a 5xx a {@code server_error}. */
    static ApiError proxy(int status, String message) {
        return new ApiError(status, status >= 500 ? "server_error" : "invalid_request_error", message, null,
                NewApiErrorShape.PROXY);
    }

    static ApiError promptRequired() {
        return task(400, "invalid_request", "prompt is required");
    }

    static ApiError modelRequired() {
        return middleware(400, "", "未指定模型名称，模型名称不能为空");
    }

    /** The distributor finds no channel serving the model in the caller's group. */
    static ApiError noChannel(String model) {
        return middleware(503, "model_not_found", "分组 default 下模型 " + model + " 无可用渠道（distributor）");
    }

    /** The distributor reads only {@code model}, and refuses a body whose model it cannot read. */
    static ApiError unreadableModel(String goError) {
        return middleware(400, "", "无效的请求, " + goError);
    }

    static ApiError taskNotFound() {
        return proxy(404, "Task not found");
    }

    static ApiError notCompleted(TaskStatus status) {
        return proxy(400, "Task is not completed yet, current status: " + status.name());
    }
}
