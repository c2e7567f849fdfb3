package dev.videoapiemulator.dialect.openai;

import dev.videoapiemulator.request.RequestFields;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The official API's webhook endpoints at /v1/webhook_endpoints, the calling key's own. All on the
 * event loop: the test event waits for its receiver without holding a thread.
 */
@Path("/v1/webhook_endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "OpenAI Webhooks", description = "Webhook endpoints registered through the official API")
@NonBlocking
public class OpenAiWebhookResource {

    @Inject
    OpenAiWebhooks webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookEndpoint", summary = "Register a webhook endpoint; the answer holds its"
            + " signing secret, shown only here and on rotation.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OpenAiSchemas.CreateWebhookEndpoint.class)))
    public WebhookEndpointView create(RequestFields body) {
        return webhooks.create(body);
    }

    @GET
    @Operation(operationId = "listWebhookEndpoints", summary = "List the webhook endpoints of the calling API key,"
            + " newest first.")
    public WebhookEndpointListView list(
            @Parameter(description = "Id of the last endpoint of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit) {
        return webhooks.list(ListQuery.parse(after, limit, null));
    }

    @GET
    @Path("{webhook_endpoint_id}")
    @Operation(operationId = "retrieveWebhookEndpoint", summary = "Fetch a webhook endpoint.")
    public WebhookEndpointView retrieve(@PathParam("webhook_endpoint_id") String id) {
        return webhooks.retrieve(id);
    }

    @POST
    @Path("{webhook_endpoint_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhookEndpoint", summary = "Change a webhook endpoint's name, URL or event"
            + " types.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OpenAiSchemas.UpdateWebhookEndpoint.class)))
    public WebhookEndpointView update(@PathParam("webhook_endpoint_id") String id, RequestFields body) {
        return webhooks.update(id, body);
    }

    @DELETE
    @Path("{webhook_endpoint_id}")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Delete a webhook endpoint.")
    public DeletedWebhookEndpointView delete(@PathParam("webhook_endpoint_id") String id) {
        return webhooks.delete(id);
    }

    @POST
    @Path("{webhook_endpoint_id}/rotate_secret")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateWebhookEndpointSecret", summary = "Replace the signing secret; the old one may"
            + " keep signing for 24 hours.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OpenAiSchemas.RotateWebhookEndpointSecret.class)))
    public WebhookEndpointView rotateSecret(@PathParam("webhook_endpoint_id") String id, RequestFields body) {
        return webhooks.rotateSecret(id, body);
    }

    @POST
    @Path("{webhook_endpoint_id}/test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "testWebhookEndpoint", summary = "Send a signed sample event and report the"
            + " receiver's status.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OpenAiSchemas.TestWebhookEndpoint.class)))
    public CompletionStage<WebhookTestResultView> test(@PathParam("webhook_endpoint_id") String id,
            RequestFields body) {
        return webhooks.test(id, body);
    }
}
