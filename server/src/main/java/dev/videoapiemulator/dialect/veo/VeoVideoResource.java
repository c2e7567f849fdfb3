package dev.videoapiemulator.dialect.veo;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/** Veo models through the OpenAI shape, at /veo/v1/videos (and bare /v1 for keys bound to the profile). */
@Path("/veo/v1/videos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Veo relay", description = "Veo models through the OpenAI video shape")
@NonBlocking
public class VeoVideoResource {

    @Inject
    VeoVideos videos;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    @Operation(operationId = "veoCreateVideo", summary = "Create a Veo video job; repeat input_reference for several images.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = VeoCreateBody.class)))
    public VeoVideoView createMultipart(MultipartFormDataInput form) {
        return videos.create(RequestFields.fromMultipart(form));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "veoCreateVideoJson", summary = "Create a Veo video job (JSON; input_reference a string or an array of strings).")
    public VeoVideoView createJson(RequestFields body) {
        return videos.create(body);
    }

    @GET
    @Path("{video_id}")
    @Operation(operationId = "veoGetVideo", summary = "Poll a Veo video job.")
    public VeoVideoView get(@PathParam("video_id") String id) {
        return videos.get(id);
    }

    @GET
    @Path("{video_id}/content")
    @Produces(MediaType.WILDCARD)
    @Blocking
    @Operation(operationId = "veoDownloadVideoContent", summary = "Download the video (MP4), thumbnail (WebP) or spritesheet (JPEG).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "video/mp4",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("video_id") String id, @QueryParam("variant") String variant,
            @HeaderParam("Range") String range, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return videos.content(id, variant, range, ifNoneMatch);
    }
}
