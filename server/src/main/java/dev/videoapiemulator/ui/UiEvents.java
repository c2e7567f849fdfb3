package dev.videoapiemulator.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.control.ControlToken;
import dev.videoapiemulator.http.ErrorWriter;
import dev.videoapiemulator.journal.RequestJournal;
import dev.videoapiemulator.webhook.DeliveryLog;
import io.quarkus.runtime.StartupEvent;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The dashboard's one event stream, {@code GET /__emulator/ui/events}: every journal entry and every
 * webhook delivery as server-sent events ({@code journal}, {@code delivery}). Jobs are not ticked, so
 * the page reloads its jobs table when an entry arrives and polls it while jobs run (docs/ui.md).
 *
 * <p>Publishing never waits for a browser, and its cost does not grow with the API's rate nor with
 * the number of browsers: it writes the frame into one slot of a ring of the newest {@link #BATCH}
 * frames, shared by every stream. Each stream, on its own event loop every {@link #FLUSH} ms, sends
 * what the ring holds past the last frame it sent; frames that were overwritten before it came
 * are counted and announced as one {@code gap} event, upon which the page reads the list again from
 * the control API. A connection whose socket cannot take its writes (the browser reads slower than
 * that) is closed.
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
    /** The newest frames, each in the slot of its sequence number modulo {@link #BATCH}. */
    private final AtomicReferenceArray<Frame> recent = new AtomicReferenceArray<>(BATCH);
    /** The sequence number of the newest frame published; the first is 1. */
    private final AtomicLong published = new AtomicLong();

    /** A frame and its place in the order of publishing, so a reader can tell it from a newer one in its slot. */
    private record Frame(long sequence, String text) {
    }

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
        Stream stream = new Stream(response, published.get());
        streams.add(stream);
        // Set on the connection's event loop, the timer writes there: never beside another write.
        long timer = vertx.setPeriodic(FLUSH, tick -> stream.flush());
        stream.timer = timer;
        response.closeHandler(closed -> stream.close());
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
        long sequence = published.incrementAndGet();
        recent.set((int) (sequence % BATCH), new Frame(sequence, frame));
    }

    /** One browser: how far into the ring it has been sent, and its connection. */
    private final class Stream {

        private final HttpServerResponse response;
        private long sent;
        private long timer;
        private boolean closed;

        Stream(HttpServerResponse response, long sent) {
            this.response = response;
            this.sent = sent;
        }

        /** Runs on the connection's event loop only, so its fields need no guard. */
        void flush() {
            long newest = published.get();
            if (closed || newest == sent) {
                return;
            }
            long next = Math.max(sent + 1, newest - BATCH + 1);
            long skipped = next - (sent + 1);
            StringBuilder frames = new StringBuilder();
            for (; next <= newest; next++) {
                Frame frame = recent.get((int) (next % BATCH));
                if (frame == null || frame.sequence() < next) {
                    // Numbered but not yet in its slot: it goes with the next write.
                    break;
                }
                if (frame.sequence() == next) {
                    frames.append(frame.text());
                } else {
                    skipped++;
                }
            }
            sent = next - 1;
            if (response.writeQueueFull()) {
                drop();
                return;
            }
            if (skipped > 0) {
                response.write("event: gap\ndata: {\"skipped\":" + skipped + "}\n\n");
            }
            if (frames.length() > 0) {
                response.write(frames.toString());
            }
        }

        void close() {
            closed = true;
            vertx.cancelTimer(timer);
            streams.remove(this);
        }

        private void drop() {
            close();
            dropped.incrementAndGet();
            response.close();
        }
    }
}
