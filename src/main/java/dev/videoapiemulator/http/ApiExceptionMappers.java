package dev.videoapiemulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become JSON error responses: nothing leaves as HTML or a stack trace. */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response apiError(ApiException e) {
        return ErrorEnvelope.response(e.error());
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return ErrorEnvelope.response(HttpErrors.forStatus(status, request.method().name(), request.path(),
                request.getHeader("Content-Type")));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return ErrorEnvelope.response(HttpErrors.malformedJson());
    }

    /**
     * Reading the request body is the only I/O that reaches here: the endpoints wrap their own I/O
     * failures. A truncated or malformed multipart body is the client's error.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        return ErrorEnvelope.response(HttpErrors.malformedMultipart());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("request failed", e);
        return ErrorEnvelope.response(HttpErrors.internal());
    }
}
