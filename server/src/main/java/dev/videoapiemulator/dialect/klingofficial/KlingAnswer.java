package dev.videoapiemulator.dialect.klingofficial;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kling's envelope of a successful answer: code 0, "SUCCEED", a request id, and the task or the list of tasks. */
@Schema(name = "KlingOfficialAnswer")
@JsonPropertyOrder({"code", "message", "request_id", "data"})
public record KlingAnswer(int code, String message, @JsonProperty("request_id") String requestId,
        @Schema(description = "The task, or for a list the tasks") Object data) {

    static KlingAnswer success(Object data) {
        return new KlingAnswer(0, "SUCCEED", UUID.randomUUID().toString(), data);
    }
}
