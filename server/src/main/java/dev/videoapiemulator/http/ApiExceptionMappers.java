package dev.videoapiemulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ApiException;
import dev.videoapiemulator.api.CurrentCaller;
import dev.videoapiemulator.api.HttpErrors;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.Arrays;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception of the REST layer into an error of the serving profile: nothing leaves as HTML or a stack trace. */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);
    private static final String FORM_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";

    private final ErrorWriter writer;
    private final CurrentCaller current;

    public ApiExceptionMappers(ErrorWriter writer, CurrentCaller current) {
        this.writer = writer;
        this.current = current;
    }

    private Response render(ApiError error) {
        return writer.response(error, current.profile());
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

    /**
     * The form parser fails with unchecked exceptions on what it cannot read (a part in an unknown
     * charset, a header value cut short): those are the client's malformed bodies, not server errors.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (thrownByTheFormParser(e)) {
            return render(HttpErrors.malformedMultipart());
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnsupportedEncodingException charset) {
                return render(HttpErrors.unknownCharset(charset.getMessage()));
            }
            if (cause instanceof IOException) {
                return render(HttpErrors.malformedMultipart());
            }
        }
        LOG.error("request failed", e);
        return render(HttpErrors.internal());
    }

    private static boolean thrownByTheFormParser(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length > 0 && e.getCause() == null
                && Arrays.stream(frames).limit(4).anyMatch(frame -> frame.getClassName().startsWith(FORM_PARSER));
    }
}
