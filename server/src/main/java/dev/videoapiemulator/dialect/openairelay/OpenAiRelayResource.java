package dev.videoapiemulator.dialect.openairelay;

import dev.videoapiemulator.request.RequestFields;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/** The OpenAI video format as relays serve it, under /openai-relay/v1/videos: create, query, content. */
@Path("/openai-relay/v1/videos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "OpenAI format, relayed", description = "Sora through a relay: quality, url, relay errors (profile openai-relay)")
@NonBlocking
public class OpenAiRelayResource {

    @Inject
    OpenAiRelayVideos videos;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    @Operation(operationId = "createRelayVideo", summary = "Create a video: prompt, model (sora-2), seconds (4), size (720x1280), input_reference.")
    public RelayVideoView createMultipart(MultipartFormDataInput form, @Context UriInfo uri) {
        return videos.create(RequestFields.fromMultipart(form), baseUrl(uri));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRelayVideoJson", summary = "Create a video (JSON body).")
    public RelayVideoView createJson(RequestFields body, @Context UriInfo uri) {
        return videos.create(body, baseUrl(uri));
    }

    @GET
    @Path("{video_id}")
    @Operation(operationId = "getRelayVideo", summary = "The video's status; url once completed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RelayVideoView.class)))
    public RelayVideoView get(@PathParam("video_id") String id, @Context UriInfo uri) {
        return videos.get(id, baseUrl(uri));
    }

    @GET
    @Path("{video_id}/content")
    @Produces(MediaType.WILDCARD)
    @Blocking
    @Operation(operationId = "downloadRelayVideo", summary = "Stream the MP4 (or its thumbnail or spritesheet).")
    @APIResponse(responseCode = "200", description = "The asset's bytes", content = {
            @Content(mediaType = "video/mp4", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response content(@PathParam("video_id") String id,
            @Parameter(description = "video (default), thumbnail or spritesheet") @QueryParam("variant") String variant,
            @HeaderParam("Range") String range, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return videos.content(id, variant, range, ifNoneMatch);
    }

    private static String baseUrl(UriInfo uri) {
        return uri.getBaseUri().toString().replaceAll("/$", "");
    }
}
