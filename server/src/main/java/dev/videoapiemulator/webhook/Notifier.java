package dev.videoapiemulator.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.api.Profile;
import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.engine.Clocks;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.JobTransition;
import dev.videoapiemulator.engine.RandomIds;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.scenario.WebhookAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns status changes into notices: OpenAI's signed {@code video.completed} / {@code video.failed}
 * events for the endpoints that hear of an official-API job (declared ones, and those the job's owner
 * registered through the API, each signed with its own secrets), and the callbacks relay dialects ask for.
 * A scenario's webhook section breaks them here: delayed, dropped, doubled, reordered or wrongly signed.
 * Notices only enter the outbox; nothing here waits for a receiver.
 */
@ApplicationScoped
public class Notifier {

    static final String OPENAI_KIND = "openai";

    /** Where one OpenAI event goes and the secrets that sign it there. */
    private record Target(String url, List<String> secrets) {
    }

    private static final WebhookAnswer UNBROKEN = new WebhookAnswer(null, null, null, null, null, null);

    private final WebhookEndpoints endpoints;
    private final KeyEndpoints keyEndpoints;
    private final List<StatusCallbacks> callbacks;
    private final Targets targets;
    private final Outbox outbox;
    private final DeliveryLog log;
    private final PublicAddress address;
    private final ObjectMapper mapper;
    private final Clocks clocks;
    private final Duration timeout;

    public Notifier(WebhookEndpoints endpoints, KeyEndpoints keyEndpoints, Instance<StatusCallbacks> callbacks, Targets targets, Outbox outbox,
            DeliveryLog log, PublicAddress address, ObjectMapper mapper, Clocks clocks, EmulatorConfig config) {
        this.endpoints = endpoints;
        this.keyEndpoints = keyEndpoints;
        this.callbacks = callbacks.stream().toList();
        this.targets = targets;
        this.outbox = outbox;
        this.log = log;
        this.address = address;
        this.mapper = mapper;
        this.clocks = clocks;
        this.timeout = config.webhooks().timeout();
    }

    void on(@Observes JobTransition transition) {
        WebhookAnswer faults = transition.job().webhookDirective() instanceof WebhookAnswer answer ? answer : UNBROKEN;
        Instant due = transition.at().plus(faults.delay() == null ? Duration.ZERO : faults.delay());
        if (!faults.reorders()) {
            notify(transition, faults, due);
        } else if (transition.status().terminal()) {
            // Held until the job's last change, then sent newest first.
            newestFirst(transition).forEach(change -> notify(change, faults, due));
        }
    }

    private void notify(JobTransition change, WebhookAnswer faults, Instant due) {
        VideoJob job = change.job();
        if (change.status().terminal() && Profile.OFFICIAL.equals(job.dialect())) {
            String type = change.status() == JobStatus.COMPLETED ? VideoEvent.COMPLETED : VideoEvent.FAILED;
            String key = ApiCaller.keyOf(job.owner());
            List<Target> hearing = new ArrayList<>(1);
            endpoints.forEachHearing(job.owner(), registered -> {
                if (registered.endpoint().wants(key, type)) {
                    hearing.add(new Target(registered.endpoint().url(), List.of(registered.endpoint().secret())));
                }
            });
            for (KeyEndpoint endpoint : keyEndpoints.hearing(job.owner(), type)) {
                hearing.add(new Target(endpoint.url(), endpoint.secretsAt(change.at())));
            }
            // Most jobs have no endpoint listening: the event is made only when one does.
            if (!hearing.isEmpty()) {
                long createdAt = change.at().getEpochSecond();
                String eventId = eventId(createdAt);
                String body = json(VideoEvent.of(eventId, createdAt, type, job.id()));
                for (Target target : hearing) {
                    List<String> secrets = faults.signsWrongly() ? List.of(WebhookSignature.newSecret())
                            : target.secrets();
                    dispatch(new Notice(webhookId(createdAt), eventId, OPENAI_KIND, type, target.url(), body,
                            secrets, timeout(faults), job.id(), job.owner(), job.scenario()), faults, due);
                }
            }
        }
        for (StatusCallbacks source : callbacks) {
            source.callback(change, address.baseUrl()).ifPresent(callback -> dispatch(
                    new Notice(webhookId(change.at().getEpochSecond()), null, job.dialect(), callback.event(),
                            callback.url(), json(callback.body()), List.of(), timeout(faults), job.id(), job.owner(),
                            job.scenario()), faults, due));
        }
    }

    private void dispatch(Notice notice, WebhookAnswer faults, Instant due) {
        String refusal = targets.refusal(notice.url());
        if (refusal == null && faults.drops()) {
            refusal = "dropped by scenario '" + notice.scenario() + "'";
        }
        for (int copy = faults.duplicates() ? 2 : 1; copy > 0 && refusal == null; copy--) {
            if (!outbox.accept(notice, due)) {
                refusal = "the delivery queue is full (emulator.webhooks.max-pending)";
            }
        }
        if (refusal != null) {
            long time = clocks.nowOf(notice.owner()).toEpochMilli();
            log.record(notice, new DeliveryLog.Result(0, time, null, null, refusal, DeliveryRecord.DROPPED, null));
        }
    }

    /** The changes of a job up to {@code last}, newest first. */
    private static List<JobTransition> newestFirst(JobTransition last) {
        VideoJob job = last.job();
        List<JobTransition> changes = new ArrayList<>(List.of(last));
        if (job.timeline().startsAt().isBefore(job.timeline().endsAt())) {
            changes.add(new JobTransition(job, JobStatus.IN_PROGRESS, job.timeline().startsAt()));
        }
        changes.add(new JobTransition(job, JobStatus.QUEUED, job.createdAt()));
        return changes;
    }

    private Duration timeout(WebhookAnswer faults) {
        return faults.timeout() != null ? faults.timeout() : timeout;
    }

    /** OpenAI's shape: {@code wh_}, then hex that starts with the event's time. */
    static String webhookId(long epochSecond) {
        return "wh_" + RandomIds.timePrefixed(epochSecond, 24);
    }

    /** OpenAI's shape: {@code evt_}, then hex that starts with the event's time. */
    static String eventId(long epochSecond) {
        return "evt_" + RandomIds.timePrefixed(epochSecond, 24);
    }

    private String json(Object body) {
        return json(mapper, body);
    }

    static String json(ObjectMapper mapper, Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification bodies always serialise", e);
        }
    }
}
