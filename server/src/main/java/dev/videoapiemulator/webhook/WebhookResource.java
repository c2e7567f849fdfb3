package dev.videoapiemulator.webhook;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.api.TestIdParam;
import dev.videoapiemulator.scenario.WebhookEndpoint;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.videoapiemulator.control.ControlParams;
import dev.videoapiemulator.scenario.FixtureException;
import dev.videoapiemulator.scenario.FixtureLoader;
import dev.videoapiemulator.scenario.FixtureMapper;
import dev.videoapiemulator.api.ApiError;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * OpenAI webhook endpoints at run time (for everyone, or for one test id's jobs), and every delivery
 * attempt of webhooks and relay callbacks, for tests that check what their receiver was sent.
 */
@Path("/__emulator/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emulator control")
@NonBlocking
public class WebhookResource {

    static final String API_SOURCE = "api";
    static final int LIMIT_DEFAULT = 100;
    static final int LIMIT_MAX = 10_000;

    public record EndpointView(String id, String source, @JsonProperty("test_id") String testId, String url,
            String secret, List<String> events, String key) {

        static EndpointView of(WebhookEndpoints.Registered r) {
            WebhookEndpoint e = r.endpoint();
            return new EndpointView(r.id(), r.source(), r.testId(), e.url(), e.secret(), e.events(), e.key());
        }

        /** Registered through the official API: its key's alone, signed with its current secret. */
        static EndpointView of(KeyEndpoint e) {
            return new EndpointView(e.id(), API_SOURCE, ApiCaller.testIdOf(e.owner()), e.url(), e.secret(),
                    e.eventTypes(), ApiCaller.keyOf(e.owner()));
        }
    }

    public record EndpointList(String object, List<EndpointView> data) {
    }

    public record DeliveryList(String object, List<DeliveryRecord> data, @JsonProperty("has_more") boolean hasMore,
            int pending) {
    }

    private static final ObjectMapper FORMAT = FixtureMapper.json();

    @Inject
    WebhookEndpoints endpoints;
    @Inject
    KeyEndpoints keyEndpoints;
    @Inject
    DeliveryLog log;
    @Inject
    Outbox outbox;
    private final FixtureLoader loader = new FixtureLoader();

    @GET
    @Operation(summary = "The webhook endpoints in force: configured, from fixtures, added at run time, and"
            + " registered through the official API")
    public EndpointList list(@BeanParam TestIdParam test) {
        List<EndpointView> views = new ArrayList<>();
        endpoints.list(test.testId()).forEach(e -> views.add(EndpointView.of(e)));
        keyEndpoints.list(test.testId()).forEach(e -> views.add(EndpointView.of(e)));
        return new EndpointList("list", views);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an endpoint {url, secret, events, key}; without a secret one is made up and answered")
    public Response add(String body, @BeanParam TestIdParam test) {
        WebhookEndpoint endpoint = parse(body);
        WebhookEndpoints.Registered added = endpoints.add(endpoint, test.testId());
        return Response.status(201).entity(EndpointView.of(added)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an endpoint added at run time or registered through the official API")
    public Response remove(@PathParam("id") String id) {
        if (!endpoints.remove(id) && !keyEndpoints.remove(id)) {
            throw ApiError.notFound("No runtime webhook endpoint with id '" + id + "'.").exception();
        }
        return Response.noContent().build();
    }

    @DELETE
    @Operation(summary = "Remove the endpoints added at run time and registered through the official API (of the"
            + " test id, if given)")
    public Response clear(@BeanParam TestIdParam test) {
        endpoints.reset(test.testId());
        keyEndpoints.reset(test.testId());
        return Response.noContent().build();
    }

    @GET
    @Path("deliveries")
    @Operation(summary = "Delivery attempts, newest first; filters: webhook_id, event_id, job_id, kind, event, url,"
            + " key, test_id, outcome, since")
    public DeliveryList deliveries(@Context UriInfo uri) {
        Map<String, String> criteria = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> criteria.put(name, values.get(0)));
        int limit = ControlParams.limit(criteria.remove("limit"), LIMIT_DEFAULT, LIMIT_MAX);
        List<DeliveryRecord> found = log.newestFirst(DeliveryFilter.parse(criteria), limit);
        boolean more = found.size() > limit;
        return new DeliveryList("list", more ? found.subList(0, limit) : found, more, outbox.pending());
    }

    private WebhookEndpoint parse(String body) {
        try {
            JsonNode tree = body == null || body.isBlank() ? null : FORMAT.readTree(body);
            if (!(tree instanceof ObjectNode object)) {
                throw new FixtureException("webhook.json: the body must be an object {url, secret, events, key}");
            }
            if (!object.hasNonNull("secret")) {
                object.put("secret", WebhookSignature.newSecret());
            }
            return loader.read("webhook.json", FORMAT.writeValueAsString(object), WebhookEndpoint.class);
        } catch (FixtureException e) {
            throw ApiError.badRequest(e.getMessage(), null, "invalid_webhook").exception();
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("webhook.json: " + e.getOriginalMessage(), null, "invalid_webhook").exception();
        }
    }
}
