package dev.videoapiemulator.dialect;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.api.CurrentCaller;
import dev.videoapiemulator.request.RequestFields;
import jakarta.inject.Singleton;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/** What a dialect's operations read of the request being served: its caller and its body as fields. */
// A singleton, not a proxied bean: it is called on every request.
@Singleton
public class Requests {

    private final CurrentCaller caller;
    private final ObjectMapper mapper;

    public Requests(CurrentCaller caller, ObjectMapper mapper) {
        this.caller = caller;
        this.mapper = mapper;
    }

    public ApiCaller caller() {
        return caller.get();
    }

    /** Who owns what this request makes and sees: its key, within its test id. */
    public String owner() {
        return caller.get().owner();
    }

    public RequestFields json(byte[] body) {
        return RequestFields.fromJson(mapper, body);
    }

    public RequestFields multipart(MultipartFormDataInput form) {
        return RequestFields.fromMultipart(form);
    }
}
