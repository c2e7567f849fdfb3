package dev.videoapiemulator.dialect.newapi;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** new-api's task envelope, on a fetch and on task errors alike: {"code","message","data"}. */
@Schema(name = "NewApiTaskAnswer")
@JsonPropertyOrder({"code", "message", "data"})
public record NewApiAnswer(String code, String message, Object data) {

    static NewApiAnswer success(Object data) {
        return new NewApiAnswer("success", "", data);
    }

    static NewApiAnswer failure(String code, String message) {
        return new NewApiAnswer(code, message, null);
    }
}
