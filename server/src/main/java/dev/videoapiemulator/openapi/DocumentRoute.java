package dev.videoapiemulator.openapi;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.util.List;

/**
 * {@code GET /q/openapi} (and {@code .json}, {@code .yaml}, {@code .yml}) answered with the
 * {@link BuiltDocument}'s bytes, chosen as the extension chooses: by the path's ending, else JSON
 * when {@code Accept} names it or {@code format=json}, else YAML. Other methods go on to the
 * extension's own route.
 */
@Singleton
public class DocumentRoute {

    static final String PATH = "/q/openapi";

    private final Stored json = new Stored(BuiltDocument.JSON);
    private final Stored yaml = new Stored(BuiltDocument.YAML);

    void install(@Observes @Priority(Interceptor.Priority.APPLICATION) Router router) {
        for (String path : List.of(PATH, PATH + ".json", PATH + ".yaml", PATH + ".yml")) {
            router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD).order(Integer.MIN_VALUE + 1)
                    .blockingHandler(this::serve, false);
        }
    }

    private void serve(RoutingContext ctx) {
        boolean asJson = isJson(ctx.normalizedPath(), ctx.request().getHeader("Accept"),
                ctx.queryParam("format").stream().findFirst().orElse(null));
        ctx.response().putHeader("Content-Type", (asJson ? "application/json" : "application/yaml") + ";charset=UTF-8")
                .end((asJson ? json : yaml).get());
    }

    static boolean isJson(String path, String accept, String format) {
        if (path.endsWith(".json")) {
            return true;
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return false;
        }
        return accept != null && accept.contains("application/json") || "JSON".equalsIgnoreCase(format);
    }

    /** Read on the first request for it, not at start. */
    private static final class Stored {
        private final String name;
        private volatile byte[] bytes;

        Stored(String name) {
            this.name = name;
        }

        Buffer get() {
            byte[] read = bytes;
            if (read == null) {
                bytes = read = BuiltDocument.read(name);
            }
            return Buffer.buffer(read);
        }
    }
}
