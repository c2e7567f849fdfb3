package dev.videoapiemulator.dialect.soratask;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The task API's envelope, on answers and errors alike: {"code","message","data"}. */
@Schema(name = "SoraTaskAnswer")
@JsonPropertyOrder({"code", "message", "data"})
public record SoraAnswer(String code, String message, Object data) {

    static SoraAnswer success(Object data) {
        return new SoraAnswer("success", "", data);
    }
}
