package dev.videoapiemulator.dialect.openai;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.CurrentCaller;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.dialect.FieldRules;
import dev.videoapiemulator.engine.Clocks;
import dev.videoapiemulator.engine.Page;
import dev.videoapiemulator.request.Field;
import dev.videoapiemulator.request.RequestFields;
import dev.videoapiemulator.scenario.WebhookEndpoint;
import dev.videoapiemulator.webhook.KeyEndpoint;
import dev.videoapiemulator.webhook.KeyEndpoints;
import dev.videoapiemulator.webhook.TestEvents;
import dev.videoapiemulator.webhook.WebhookEventTypes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The official webhook-endpoints API: request fields in, checked as the SDKs type them, the calling
 * key's endpoints out. Times are on the clock of the request's test id, as the endpoint's deliveries are.
 */
@Singleton
public class OpenAiWebhooks {

    private static final Set<String> ENDPOINT_FIELDS = Set.of("name", "url", "event_types");
    private static final Set<String> ROTATE_FIELDS = Set.of("keep_old_secret_active_for_24_hours");
    private static final Set<String> TEST_FIELDS = Set.of("event_type");
    private static final WebhookEventTypeListView EVENT_TYPES = new WebhookEventTypeListView("list",
            WebhookEventTypes.ALL);

    @Inject
    KeyEndpoints endpoints;
    @Inject
    TestEvents tests;
    @Inject
    CurrentCaller caller;
    @Inject
    Clocks clocks;

    WebhookEndpointView create(RequestFields fields) {
        fields.allowOnly(ENDPOINT_FIELDS);
        String name = name(fields.requiredText("name"));
        String url = url(fields.requiredText("url"));
        List<String> eventTypes = eventTypes(fields);
        if (eventTypes == null) {
            throw FieldErrors.missing("event_types").exception();
        }
        return WebhookEndpointView.withSecret(endpoints.create(caller.owner(), name, url, eventTypes, now()));
    }

    WebhookEndpointView retrieve(String id) {
        return WebhookEndpointView.of(endpoints.find(caller.owner(), id).orElseThrow(() -> unknown(id)));
    }

    WebhookEndpointView update(String id, RequestFields fields) {
        fields.allowOnly(ENDPOINT_FIELDS);
        String name = fields.text("name").map(OpenAiWebhooks::name).orElse(null);
        String url = fields.text("url").map(OpenAiWebhooks::url).orElse(null);
        List<String> eventTypes = eventTypes(fields);
        return WebhookEndpointView.of(endpoints.update(caller.owner(), id, name, url, eventTypes, now())
                .orElseThrow(() -> unknown(id)));
    }

    WebhookEndpointListView list(ListQuery query) {
        Page<KeyEndpoint> page = endpoints.page(caller.owner(), query.after(), query.limit());
        return WebhookEndpointListView.of(page.items().stream().map(WebhookEndpointView::of).toList(),
                page.hasMore());
    }

    DeletedWebhookEndpointView delete(String id) {
        endpoints.delete(caller.owner(), id).orElseThrow(() -> unknown(id));
        return DeletedWebhookEndpointView.of(id);
    }

    WebhookEndpointView rotateSecret(String id, RequestFields fields) {
        fields.allowOnly(ROTATE_FIELDS);
        boolean keepOld = flag(fields, "keep_old_secret_active_for_24_hours");
        return WebhookEndpointView.withSecret(endpoints.rotate(caller.owner(), id, keepOld, now())
                .orElseThrow(() -> unknown(id)));
    }

    /**
     * Sends the sample event and reports the receiver's status, whatever it is. No answer at all (no
     * connection, a timeout, a target the emulator may not post to) cannot be told in the result the
     * SDKs type, whose {@code success} is always true, so it is an error naming what went wrong.
     */
    CompletionStage<WebhookTestResultView> test(String id, RequestFields fields) {
        fields.allowOnly(TEST_FIELDS);
        String eventType = FieldRules.oneOf("event_type", fields.requiredText("event_type"), WebhookEventTypes.ALL);
        KeyEndpoint endpoint = endpoints.find(caller.owner(), id).orElseThrow(() -> unknown(id));
        return tests.send(endpoint, eventType).thenApply(probe -> {
            if (probe.status() == null) {
                throw ApiError.badRequest("The webhook endpoint could not be reached: " + probe.problem() + ".", null,
                        "webhook_endpoint_unreachable").exception();
            }
            return WebhookTestResultView.of(id, eventType, probe.status());
        });
    }

    WebhookEventTypeListView eventTypes() {
        return EVENT_TYPES;
    }

    private Instant now() {
        return clocks.nowOf(caller.owner());
    }

    private static String name(String name) {
        return FieldRules.text("name", name, FieldRules.UNBOUNDED, FieldRules.Blank.ALLOWED);
    }

    private static String url(String url) {
        try {
            WebhookEndpoint.requireHttp(url);
            return url;
        } catch (IllegalArgumentException e) {
            throw FieldErrors.invalid("url", "Invalid 'url': " + e.getMessage() + ".").exception();
        }
    }

    /** The event types asked for, each from the SDKs' list, in order and once each; null when absent. */
    private static List<String> eventTypes(RequestFields fields) {
        Field field = fields.field("event_types").orElse(null);
        if (field == null) {
            return null;
        }
        if (!(field instanceof Field.Json json) || !json.node().isArray()) {
            throw FieldErrors.wrongType("event_types", "an array", field.kind()).exception();
        }
        List<Field> values = fields.values("event_types");
        if (values.isEmpty()) {
            throw FieldErrors.emptyArray("event_types").exception();
        }
        List<String> eventTypes = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (!(values.get(i) instanceof Field.Text text)) {
                throw FieldErrors.wrongType("event_types[" + i + "]", "a string", values.get(i).kind()).exception();
            }
            String eventType = FieldRules.oneOf("event_types[" + i + "]", text.value(), WebhookEventTypes.ALL);
            if (!eventTypes.contains(eventType)) {
                eventTypes.add(eventType);
            }
        }
        return eventTypes;
    }

    private static boolean flag(RequestFields fields, String name) {
        Field field = fields.field(name).orElse(null);
        if (field == null) {
            return false;
        }
        if (field instanceof Field.Json json && json.node().isBoolean()) {
            return json.node().booleanValue();
        }
        throw FieldErrors.wrongType(name, "a boolean", field.kind()).exception();
    }

    private static RuntimeException unknown(String id) {
        return ApiError.notFound("No webhook endpoint found with id '" + id + "'.").exception();
    }
}
