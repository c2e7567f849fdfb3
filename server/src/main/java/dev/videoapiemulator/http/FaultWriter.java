package dev.videoapiemulator.http;

import dev.videoapiemulator.scenario.Fault;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Breaks a response on the wire the way flaky networks and proxies do. */
@ApplicationScoped
public class FaultWriter {

    /** Half of a plausible video object: it starts like JSON and never ends. */
    static final String PARTIAL_JSON = "{\"id\":\"video_";

    void write(Fault fault, ContainerRequestContext request, HttpServerRequest http) {
        switch (fault) {
            case CONNECTION_RESET -> {
                http.connection().close();
                request.abortWith(Response.status(Response.Status.SERVICE_UNAVAILABLE).build());
            }
            case EMPTY_RESPONSE -> request.abortWith(Response.ok().type(MediaType.APPLICATION_JSON_TYPE).build());
            case MALFORMED_BODY -> request.abortWith(Response.ok(PARTIAL_JSON, MediaType.APPLICATION_JSON_TYPE).build());
            case TRUNCATED_BODY -> {
                promiseMoreThanSent(http.response(), Buffer.buffer(PARTIAL_JSON), 1024, "application/json");
                request.abortWith(Response.status(Response.Status.SERVICE_UNAVAILABLE).build());
            }
        }
    }

    /** Declares {@code declared} bytes, sends {@code sent}, and closes: the client sees a premature end. */
    static void promiseMoreThanSent(HttpServerResponse response, Buffer sent, long declared, String contentType) {
        response.setStatusCode(200)
                .putHeader("Content-Type", contentType)
                .putHeader("Content-Length", String.valueOf(declared));
        response.write(sent).onComplete(done -> response.reset());
    }
}
