package dev.videoapiemulator.profile;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.HttpErrors;
import dev.videoapiemulator.http.ErrorWriter;
import io.quarkus.runtime.configuration.MemorySize;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Answers what is refused below the REST layer (paths no resource serves, targets that are not
 * URIs, bodies over the size limit, requests Vert.x could not read) in the words of the profile the
 * path speaks. Quarkus would refuse a target that is not a URI itself, with an empty 400, unless
 * {@code vertx.disableURIValidation} is set, which {@code EmulatorMain} does.
 */
@ApplicationScoped
public class RouterErrors {

    private static final Logger LOG = Logger.getLogger(RouterErrors.class);

    private final long maxBodyBytes;
    private final AtomicLong undeclaredBytesHeld = new AtomicLong();
    private final ErrorWriter writer;
    private final ProfilePaths paths;

    public RouterErrors(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            ErrorWriter writer, ProfilePaths paths) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.writer = writer;
        this.paths = paths;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseUnreadable).failureHandler(this::failed);
        router.route().order(Integer.MAX_VALUE).handler(ctx -> write(ctx,
                HttpErrors.invalidUrl(ctx.request().method().name(), ctx.request().path())));
        // Failures that reach no failure handler: the REST layer can hand a request on after failing it.
        for (int status : UNROUTED_FAILURES) {
            router.errorHandler(status, this::failed);
        }
    }

    private static final int[] UNROUTED_FAILURES = {400, 404, 405, 413, 414, 415, 431, 500};

    /**
     * Answers before the body is read what could not be read anyway: a target that is not a URI, a
     * declared length over the limit (the server would drop it with a bare 413), a multipart type
     * without a boundary (the form parser would fail on it); and reads a body of undeclared length.
     */
    private void refuseUnreadable(RoutingContext ctx) {
        String malformed = malformedUri(ctx.request().uri());
        if (malformed != null) {
            write(ctx, HttpErrors.malformedUrl(ctx.request().method().name(), ctx.request().uri(), malformed));
            return;
        }
        long declared = declaredLength(ctx.request().getHeader("Content-Length"));
        if (declared > maxBodyBytes) {
            refuseTooLarge(ctx);
            return;
        }
        if (lacksBoundary(ctx.request().getHeader("Content-Type"))) {
            write(ctx, HttpErrors.malformedMultipart());
            return;
        }
        if (declared < 0 && ctx.request().headers().contains("Transfer-Encoding")) {
            readWithinTheLimit(ctx);
            return;
        }
        ctx.next();
    }

    /**
     * A body of undeclared length is read here, up to the limit, and handed on whole: the REST
     * layer would otherwise refuse one over the limit with an empty 413 of its own. Such bodies
     * are held in memory, so all of them together may hold at most the body limit at a time.
     */
    private void readWithinTheLimit(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer();
        AtomicBoolean refused = new AtomicBoolean();
        ctx.addEndHandler(ended -> undeclaredBytesHeld.addAndGet(-body.length()));
        request.handler(chunk -> {
            if (refused.get()) {
                return;
            }
            if (body.length() + (long) chunk.length() > maxBodyBytes) {
                refused.set(true);
                refuseTooLarge(ctx);
                return;
            }
            if (undeclaredBytesHeld.addAndGet(chunk.length()) > maxBodyBytes) {
                undeclaredBytesHeld.addAndGet(-chunk.length());
                refused.set(true);
                ctx.response().putHeader("Connection", "close");
                write(ctx, HttpErrors.undeclaredLengthBusy());
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(ended -> {
            if (!refused.get()) {
                ctx.setBody(body);
                ctx.next();
            }
        });
        request.resume();
    }

    private void refuseTooLarge(RoutingContext ctx) {
        ctx.response().putHeader("Connection", "close");
        write(ctx, HttpErrors.tooLarge());
    }

    /** Why a request target is not a URI (a percent-escape that is not two hex digits, say), or null. */
    static String malformedUri(String uri) {
        if (plainTarget(uri)) {
            return null;
        }
        try {
            new URI(uri);
            return null;
        } catch (URISyntaxException e) {
            return e.getReason();
        }
    }

    /**
     * An absolute path and query of only the characters RFC 2396 allows unescaped there, with no
     * escapes: such a target always parses, so the common request skips building a {@link URI}.
     */
    static boolean plainTarget(String uri) {
        if (uri.isEmpty() || uri.charAt(0) != '/' || uri.startsWith("//")) {
            return false;
        }
        for (int i = 1; i < uri.length(); i++) {
            char c = uri.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-_.!~*'()/?:@&=+$,;".indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** multipart/form-data whose boundary parameter is absent or empty. */
    static boolean lacksBoundary(String contentType) {
        if (contentType == null || !contentType.regionMatches(true, 0, "multipart/", 0, 10)) {
            return false;
        }
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
                String value = p.substring(9).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty();
            }
        }
        return true;
    }

    /** A Content-Length header's value, or -1 when it is absent or not a number. */
    public static long declaredLength(String header) {
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
        if (ctx.statusCode() >= 500 && ctx.failure() != null) {
            LOG.error("request failed", ctx.failure());
        }
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        write(ctx, HttpErrors.forStatus(status, ctx.request().method().name(), ctx.request().path(),
                ctx.request().getHeader("Content-Type")));
    }

    private void write(RoutingContext ctx, ApiError error) {
        writer.write(ctx.response(), error, paths.wording(ctx.request().path(), ctx.request().getHeader("Authorization")));
    }
}
