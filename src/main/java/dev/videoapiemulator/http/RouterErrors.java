package dev.videoapiemulator.http;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.HttpErrors;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives the JSON envelope to what is answered below the REST layer: paths no resource serves,
 * bodies over the size limit, requests Vert.x could not read.
 */
@ApplicationScoped
public class RouterErrors {

    private final long maxBodyBytes;

    public RouterErrors(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizedBody).failureHandler(this::failed);
        router.route().order(Integer.MAX_VALUE).handler(ctx -> write(ctx,
                HttpErrors.invalidUrl(ctx.request().method().name(), ctx.request().path())));
    }

    /** Answers before the body is read, where the server would otherwise drop it with a bare 413. */
    private void refuseOversizedBody(RoutingContext ctx) {
        if (declaredLength(ctx.request().getHeader("Content-Length")) > maxBodyBytes) {
            ctx.response().putHeader("Connection", "close");
            write(ctx, HttpErrors.tooLarge());
            return;
        }
        ctx.next();
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void failed(RoutingContext ctx) {
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        write(ctx, HttpErrors.forStatus(status, ctx.request().method().name(), ctx.request().path(),
                ctx.request().getHeader("Content-Type")));
    }

    private static void write(RoutingContext ctx, ApiError error) {
        if (ctx.response().headWritten()) {
            ctx.response().end();
            return;
        }
        ctx.response().setStatusCode(error.status()).putHeader("Content-Type", "application/json");
        error.headers().forEach(ctx.response()::putHeader);
        ctx.response().end(Json.encode(ErrorEnvelope.body(error)));
    }
}
