package dev.videoapiemulator.webhook;

import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.engine.Clocks;
import dev.videoapiemulator.tls.EmulatorTls;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends attempts without blocking anyone: {@link HttpClient#sendAsync} with the notice's timeout.
 * A 2xx answer delivers; anything else (another status, a timeout, no connection) is retried after
 * the next wait of the retry schedule, on the emulator's clock, with the same webhook-id, until the
 * attempts run out. Every attempt is recorded.
 */
@ApplicationScoped
public class Courier {

    private static final String USER_AGENT = "video-api-emulator";

    private final HttpClient http;
    private final Clocks clocks;
    private final Outbox outbox;
    private final DeliveryLog log;
    private final List<Duration> retrySchedule;
    private final int maxAttempts;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> lanes = new ConcurrentHashMap<>();

    public Courier(Clocks clocks, Outbox outbox, DeliveryLog log, EmulatorConfig config, EmulatorTls tls) {
        this.clocks = clocks;
        this.outbox = outbox;
        this.log = log;
        this.retrySchedule = List.copyOf(config.webhooks().retrySchedule());
        this.maxAttempts = Math.max(1, config.webhooks().maxAttempts());
        // https receivers: the JDK's authorities and the emulator's own, see EmulatorTls.clientContext.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls.clientContext())
                .connectTimeout(config.webhooks().timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends after the lane's earlier attempts have been answered. */
    void send(Outbox.Attempt attempt) {
        String lane = attempt.notice().lane();
        CompletableFuture<Void> mine = lanes.compute(lane, (key, previous) -> previous == null ? post(attempt)
                : previous.thenCompose(done -> post(attempt)));
        mine.whenComplete((done, error) -> lanes.remove(lane, mine));
    }

    private CompletableFuture<Void> post(Outbox.Attempt attempt) {
        Notice notice = attempt.notice();
        long time = clocks.nowOf(notice.owner()).toEpochMilli();
        long started = System.nanoTime();
        return http.sendAsync(request(notice), HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> {
                    settle(attempt, time, response == null ? null : response.statusCode(),
                            (System.nanoTime() - started) / 1_000_000, error);
                    return null;
                });
    }

    /** What one attempt without retries came to: the receiver's status, or why there is none. */
    public record Probe(Integer status, String problem) {
    }

    /** One attempt, never retried, recorded like any other: an endpoint's test event. */
    CompletableFuture<Probe> probe(Notice notice) {
        long time = clocks.nowOf(notice.owner()).toEpochMilli();
        long started = System.nanoTime();
        return http.sendAsync(request(notice), HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
            Integer status = response == null ? null : response.statusCode();
            String problem = problem(status, error, notice.timeout());
            log.record(notice, new DeliveryLog.Result(1, time, status, (System.nanoTime() - started) / 1_000_000,
                    problem, problem == null ? DeliveryRecord.DELIVERED : DeliveryRecord.FAILED, null));
            return new Probe(status, error != null ? problem : null);
        });
    }

    private HttpRequest request(Notice notice) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(notice.url())).timeout(notice.timeout())
                .header("Content-Type", "application/json").header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(notice.body()));
        if (!notice.secrets().isEmpty()) {
            // Receivers check freshness against their own clock, so the timestamp is the wall clock's.
            long timestamp = Instant.now().getEpochSecond();
            request.header("webhook-id", notice.webhookId())
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature",
                            WebhookSignature.signAll(notice.secrets(), notice.webhookId(), timestamp, notice.body()));
        }
        return request.build();
    }

    private void settle(Outbox.Attempt attempt, long time, Integer status, long latency, Throwable error) {
        Notice notice = attempt.notice();
        String problem = problem(status, error, notice.timeout());
        if (problem == null) {
            log.record(notice, new DeliveryLog.Result(attempt.number(), time, status, latency, null,
                    DeliveryRecord.DELIVERED, null));
            outbox.finished();
        } else if (attempt.number() < maxAttempts) {
            Instant next = clocks.nowOf(notice.owner()).plus(wait(attempt.number()));
            log.record(notice, new DeliveryLog.Result(attempt.number(), time, status, latency, problem,
                    DeliveryRecord.RETRYING, next.toEpochMilli()));
            outbox.retry(attempt.next(), next);
        } else {
            log.record(notice, new DeliveryLog.Result(attempt.number(), time, status, latency, problem,
                    DeliveryRecord.FAILED, null));
            outbox.finished();
        }
    }

    /** Why an attempt failed (another status than 2xx, or no answer), or null when it delivered. */
    private static String problem(Integer status, Throwable error, Duration timeout) {
        if (error != null) {
            return describe(error, timeout);
        }
        return status / 100 == 2 ? null : "HTTP " + status;
    }

    /** The wait after the given attempt failed; the schedule's last wait repeats. */
    private Duration wait(int failedAttempt) {
        if (retrySchedule.isEmpty()) {
            return Duration.ZERO;
        }
        return retrySchedule.get(Math.min(failedAttempt, retrySchedule.size()) - 1);
    }

    private static String describe(Throwable error, Duration timeout) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
