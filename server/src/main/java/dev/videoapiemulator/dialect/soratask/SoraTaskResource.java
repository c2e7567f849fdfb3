package dev.videoapiemulator.dialect.soratask;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Sora task API (sora.com video_gen tasks as relays serve them) under /sora/v1/videos. */
@Path("/sora/v1/videos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sora task API", description = "video_gen tasks in the {code,message,data} envelope (profile sora)")
@NonBlocking
public class SoraTaskResource {

    @Inject
    SoraTasks tasks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSoraTask", summary = "Submit a video_gen task; data is the task id.")
    public SoraAnswer create(RequestFields body) {
        return SoraAnswer.success(tasks.create(body).id());
    }

    @GET
    @Path("{task_id}")
    @Operation(operationId = "getSoraTask", summary = "Query a task: status, progress, times and its generations.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SoraAnswer.class)))
    public SoraAnswer get(@PathParam("task_id") String taskId, @Context UriInfo uri) {
        return SoraAnswer.success(tasks.get(taskId, baseUrl(uri)));
    }

    @GET
    @Path("{task_id}/generations/{generation_id}/content")
    @Produces(MediaType.WILDCARD)
    @Blocking
    @Operation(operationId = "downloadSoraGeneration", summary = "Download one generation of a succeeded task (MP4).")
    @APIResponse(responseCode = "200", description = "The generation's video", content = @Content(
            mediaType = "video/mp4", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("task_id") String taskId, @PathParam("generation_id") String generationId,
            @HeaderParam("Range") String range, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return tasks.content(taskId, generationId, range, ifNoneMatch);
    }

    private static String baseUrl(UriInfo uri) {
        return uri.getBaseUri().toString().replaceAll("/$", "");
    }

}
