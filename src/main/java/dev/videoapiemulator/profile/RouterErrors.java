package dev.videoapiemulator.profile;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.HttpErrors;
import dev.videoapiemulator.http.ErrorWriter;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers what is refused below the REST layer (paths no resource serves, bodies over the size
 * limit, requests Vert.x could not read) in the words of the profile the path speaks.
 */
@ApplicationScoped
public class RouterErrors {

    private final long maxBodyBytes;
    private final ErrorWriter writer;
    private final ProfilePaths paths;

    public RouterErrors(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            ErrorWriter writer, ProfilePaths paths) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.writer = writer;
        this.paths = paths;
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

    private void write(RoutingContext ctx, ApiError error) {
        writer.write(ctx.response(), error, paths.wording(ctx.request().path(), ctx.request().getHeader("Authorization")));
    }
}
