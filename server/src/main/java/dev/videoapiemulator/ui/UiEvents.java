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
 * <p>Publishing never waits for a browser, and its cost does not grow with the API's rate: a
 * connection is written at most every {@link #FLUSH} with the newest {@link #BATCH} frames that
 * came since; older ones are counted and announced as one {@code gap} event, upon which the page
 * reads the list again from the control API. A connection whose socket cannot take its writes (the
 * browser reads slower than that) is closed.
 */
@ApplicationScoped
public class UiEvents {

    static final String PATH = "/__emulator/ui/events";
    /** Most frames a connection is sent per write; a page shows at most 100 rows of a list anyway. */
    static final int BATCH = 100;
    /** How often a connection is written at most: a person reads no faster, the API is spared fan-out. */
    static final long FLUSH = 200;

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
     * One browser: the newest {@link #BATCH} frames wait in a queue, older ones only in a count, and
     * a timer on the connection's event loop writes what waits at most every {@link #FLUSH} ms.
     */
    private final class Stream {

        private final HttpServerResponse response;
        private final Context context;
        private final Queue<String> frames = new ConcurrentLinkedQueue<>();
        private final AtomicInteger waiting = new AtomicInteger();
        private final AtomicLong skipped = new AtomicLong();
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
            frames.add(frame);
            if (waiting.incrementAndGet() > BATCH && frames.poll() != null) {
                waiting.decrementAndGet();
                skipped.incrementAndGet();
            }
            if (scheduled.compareAndSet(false, true)) {
                context.runOnContext(ignored -> vertx.setTimer(FLUSH, timer -> drain()));
            }
        }

        private void drain() {
            scheduled.set(false);
            StringBuilder batch = new StringBuilder();
            long gap = skipped.getAndSet(0);
            if (gap > 0) {
                batch.append("event: gap\ndata: {\"skipped\":").append(gap).append("}\n\n");
            }
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
            response.close();
        }
    }
}
