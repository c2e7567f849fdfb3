package dev.videoapiemulator.http;

import dev.videoapiemulator.engine.RandomIds;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers the real API sends and reads. The SDKs send {@code Accept: application/binary} for
 * downloads; like the real API, the emulator ignores Accept rather than answer 406.
 */
public class ApiHeaders {

    /** On the Vert.x request: the REST layer's header view would copy every header to change one. */
    @ServerRequestFilter(preMatching = true)
    public void ignoreAccept(HttpServerRequest request) {
        request.headers().set(HttpHeaders.ACCEPT, "*/*");
    }

    @ServerResponseFilter
    public void requestId(ContainerResponseContext response) {
        response.getHeaders().putSingle("x-request-id", "req_" + RandomIds.hex(32));
        response.getHeaders().putSingle("openai-version", "2020-10-01");
    }
}
