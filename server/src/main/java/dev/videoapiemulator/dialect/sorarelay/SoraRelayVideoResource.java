package dev.videoapiemulator.dialect.sorarelay;

import dev.videoapiemulator.request.RequestFields;
import dev.videoapiemulator.engine.VideoJob;
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
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * The Sora relay (multipart, storyboards, characters) at /sora-relay/v1/videos, and at the bare
 * /v1/videos for keys bound to the profile. Uploads and downloads run on worker threads.
 */
@Path("/sora-relay/v1/videos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sora relay", description = "Sora 2 as relays sell it: storyboards, characters, watermark, private")
@NonBlocking
public class SoraRelayVideoResource {

    static final String VIDEOS_PATH = "sora-relay/v1/videos/";

    @Inject
    SoraRelayVideos videos;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    @Operation(operationId = "soraRelayCreateVideo", summary = "Create a video from a prompt or a storyboard.")
    public SoraRelayVideoView createMultipart(MultipartFormDataInput form, @Context UriInfo uri) {
        return view(videos.create(RequestFields.fromMultipart(form)), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "soraRelayCreateVideoJson", summary = "Create a video (JSON body).")
    public SoraRelayVideoView createJson(RequestFields body, @Context UriInfo uri) {
        return view(videos.create(body), uri);
    }

    @GET
    @Path("{task_id}")
    @Operation(operationId = "soraRelayGetVideo", summary = "The task's state; completed tasks carry video_url.")
    public SoraRelayVideoView get(@PathParam("task_id") String id, @Context UriInfo uri) {
        return view(videos.find(id), uri);
    }

    @POST
    @Path("{task_id}/remix")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    @Operation(operationId = "soraRelayRemixVideo", summary = "Remix a completed, public task with a new prompt.")
    public SoraRelayVideoView remixMultipart(@PathParam("task_id") String id, MultipartFormDataInput form,
            @Context UriInfo uri) {
        return view(videos.remix(id, RequestFields.fromMultipart(form)), uri);
    }

    @POST
    @Path("{task_id}/remix")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "soraRelayRemixVideoJson", summary = "Remix a completed, public task (JSON body).")
    public SoraRelayVideoView remixJson(@PathParam("task_id") String id, RequestFields body, @Context UriInfo uri) {
        return view(videos.remix(id, body), uri);
    }

    @GET
    @Path("{task_id}/content")
    @Produces(MediaType.WILDCARD)
    @Blocking
    @Operation(operationId = "soraRelayDownloadVideo", summary = "Download the MP4 (any variant parameter is ignored).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "video/mp4",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("task_id") String id, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return videos.content(id, range, ifNoneMatch);
    }

    private SoraRelayVideoView view(VideoJob job, UriInfo uri) {
        String contentUrl = uri.getBaseUri().resolve(VIDEOS_PATH + job.id() + "/content").toString();
        return videos.view(job, contentUrl);
    }
}
