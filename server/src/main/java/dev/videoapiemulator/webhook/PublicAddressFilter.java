package dev.videoapiemulator.webhook;

import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Tells {@link PublicAddress} which address each request came in at. */
public class PublicAddressFilter {

    private final PublicAddress address;

    public PublicAddressFilter(PublicAddress address) {
        this.address = address;
    }

    @ServerRequestFilter(preMatching = true)
    public void note(HttpServerRequest request) {
        address.called(request.getHeader("Host"), request.isSSL());
    }
}
