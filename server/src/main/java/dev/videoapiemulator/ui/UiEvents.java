package dev.videoapiemulator.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.control.ControlToken;
import dev.videoapiemulator.http.ErrorWriter;
import dev.videoapiemulator.journal.RequestJournal;
import dev.videoapiemulator.webhook.DeliveryLog;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dashboard's one event stream, {@code GET /__emulator/ui/events}: every journal entry and every
 * webhook delivery as server-sent events ({@code journal}, {@code delivery}). Jobs are not ticked, so
 * the page reloads its jobs table when an entry arrives and polls it while jobs run (docs/ui.md).
 *
 * <p>Publishing never waits for a browser: it hands the frame to the connection's event loop and
 * returns. Each connection may have {@link #BUFFER} frames waiting for its loop; past that, or when
 * the socket's write queue is full (the browser reads slower than events come), it is closed.
 */
@ApplicationScoped
public class UiEvents {

    static final String PATH = "/__emulator/ui/events";
    static final int BUFFER = 1024;

    @Inject
    ControlToken token;
    @Inject
    ErrorWriter errors;
    @Inject
    ObjectMapper mapper;
    @Inject
    RequestJournal journal;
    @Inject
    DeliveryLog deliveries;
    @Inject
    Vertx vertx;

    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final AtomicLong dropped = new AtomicLong();

    /** Ahead of the REST layer (the stream is written by hand), after the journal's recorder. */
    void install(@Observes @Priority(Interceptor.Priority.APPLICATION) Router router) {
        router.get(PATH).order(Integer.MIN_VALUE + 1).handler(this::open);
    }

    void start(@Observes StartupEvent started) {
        journal.onRecord(entry -> publish("journal", entry.withoutRequest()));
        deliveries.onRecord(record -> publish("delivery", record));
    }

    /** Open streams and streams closed for falling behind, for the stream's tests and the page's footer. */
    public record Stats(int open, long dropped) {
    }

    Stats stats() {
        return new Stats(streams.size(), dropped.get());
    }

    private void open(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Cookie cookie = request.getCookie(ControlToken.COOKIE);
        if (!token.admits(request.getHeader(ControlToken.HEADER), request.getHeader(HttpHeaders.AUTHORIZATION),
                cookie == null ? null : cookie.getValue())) {
            errors.write(ctx.response(), ControlToken.refusal(), null);
            return;
        }
        HttpServerResponse response = ctx.response();
        response.setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Stream stream = new Stream(response, vertx.getOrCreateContext());
        streams.add(stream);
        response.closeHandler(closed -> streams.remove(stream));
        // A comment opens the stream at once, so the browser's EventSource reports it open.
        response.write(": open\nretry: 1000\n\n");
    }

    private void publish(String event, Object data) {
        if (streams.isEmpty()) {
            return;
        }
        String frame;
        try {
            frame = "event: " + event + "\ndata: " + mapper.writeValueAsString(data) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("events are records, which always serialise", e);
        }
        for (Stream stream : streams) {
            stream.offer(frame);
        }
    }

    /**
     * One browser: frames wait in a queue bounded by {@link #BUFFER}, and one task on the connection's
     * event loop writes all that wait in one write, so a burst costs one task, not one per frame.
     */
    private final class Stream {

        private final HttpServerResponse response;
        private final Context context;
        private final Queue<String> frames = new ConcurrentLinkedQueue<>();
        private final AtomicInteger waiting = new AtomicInteger();
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private final AtomicBoolean closed = new AtomicBoolean();

        Stream(HttpServerResponse response, Context context) {
            this.response = response;
            this.context = context;
        }

        void offer(String frame) {
            if (closed.get()) {
                return;
            }
            if (waiting.incrementAndGet() > BUFFER) {
                drop();
                return;
            }
            frames.add(frame);
            if (scheduled.compareAndSet(false, true)) {
                context.runOnContext(ignored -> drain());
            }
        }

        private void drain() {
            scheduled.set(false);
            StringBuilder batch = new StringBuilder();
            for (String frame = frames.poll(); frame != null; frame = frames.poll()) {
                waiting.decrementAndGet();
                batch.append(frame);
            }
            if (closed.get() || batch.length() == 0) {
                return;
            }
            if (response.writeQueueFull()) {
                drop();
            } else {
                response.write(batch.toString());
            }
        }

        private void drop() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            streams.remove(this);
            dropped.incrementAndGet();
            frames.clear();
            context.runOnContext(ignored -> response.close());
        }
    }
}
