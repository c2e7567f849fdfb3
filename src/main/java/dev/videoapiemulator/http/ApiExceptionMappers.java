package dev.videoapiemulator.http;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ApiException;
import dev.videoapiemulator.api.ErrorShape;
import dev.videoapiemulator.api.HttpErrors;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.videoapiemulator.api.CurrentCaller;
import dev.videoapiemulator.api.Profile;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.stream.Collectors;
import java.io.IOException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become JSON error responses: nothing leaves as HTML or a stack trace. */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    private final Map<String, ErrorShape> shapes;
    private final CurrentCaller current;

    public ApiExceptionMappers(Instance<ErrorShape> shapes, CurrentCaller current) {
        this.shapes = shapes.stream().collect(Collectors.toUnmodifiableMap(ErrorShape::profile, s -> s));
        this.current = current;
    }

    /** Writes the error in the envelope of the profile serving the request. */
    private Response render(ApiError error) {
        Profile profile = current.profile();
        ErrorShape shape = profile == null ? null : shapes.get(profile.name());
        if (shape == null) {
            return ErrorEnvelope.response(error);
        }
        Response.ResponseBuilder rendered = Response.fromResponse(shape.render(error));
        error.headers().forEach(rendered::header);
        return rendered.build();
    }

    @ServerExceptionMapper
    public Response apiError(ApiException e) {
        return render(e.error());
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return render(HttpErrors.forStatus(status, request.method().name(), request.path(),
                request.getHeader("Content-Type")));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return render(HttpErrors.malformedJson());
    }

    /**
     * Reading the request body is the only I/O that reaches here: the endpoints wrap their own I/O
     * failures. A truncated or malformed multipart body is the client's error.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        return render(HttpErrors.malformedMultipart());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("request failed", e);
        return render(HttpErrors.internal());
    }
}
