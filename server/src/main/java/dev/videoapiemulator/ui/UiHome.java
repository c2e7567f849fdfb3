package dev.videoapiemulator.ui;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * {@code GET /} sends a browser to the dashboard. Anything else asking for {@code /} (a client that
 * wants JSON) goes on to the router's JSON 404, as before.
 */
@ApplicationScoped
public class UiHome {

    void install(@Observes @Priority(Interceptor.Priority.APPLICATION) Router router) {
        router.get("/").order(Integer.MIN_VALUE + 1).handler(this::home);
    }

    private void home(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("text/html")) {
            ctx.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, UiResource.ROOT).end();
        } else {
            ctx.next();
        }
    }
}
