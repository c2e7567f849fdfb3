package dev.videoapiemulator.dialect.openai;

import dev.videoapiemulator.request.RequestFields;
import dev.videoapiemulator.engine.Page;
import dev.videoapiemulator.engine.VideoJob;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * The official OpenAI Videos API at /v1/videos. JSON endpoints run on the event loop; those that
 * read uploads or render media run on worker threads.
 */
@Path("/v1/videos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "OpenAI Videos", description = "The official OpenAI Videos API (Sora 2)")
@NonBlocking
public class OpenAiVideoResource {

    @Inject
    OpenAiVideos videos;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    @Operation(operationId = "createVideo", summary = "Create a video generation job from a prompt and optional reference image.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = OpenAiSchemas.CreateVideoMultipart.class)))
    public VideoView createMultipart(MultipartFormDataInput form) {
        return view(videos.create(RequestFields.fromMultipart(form), true));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createVideoJson", summary = "Create a video generation job (JSON body).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OpenAiSchemas.CreateVideoJson.class)))
    public VideoView createJson(RequestFields body) {
        return view(videos.create(body, false));
    }

    @GET
    @Operation(operationId = "listVideos", summary = "List the videos of the calling API key.")
    public VideoListView list(
            @Parameter(description = "Id of the last video of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "asc or desc by creation time (default desc)") @QueryParam("order") String order) {
        Page<VideoJob> page = videos.page(ListQuery.parse(after, limit, order));
        return VideoListView.of(page.items().stream().map(videos::view).toList(), page.hasMore());
    }

    @GET
    @Path("{video_id}")
    @Operation(operationId = "getVideo", summary = "Fetch the latest state of a video job.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VideoView.class)))
    public Response get(@PathParam("video_id") String id) {
        return videos.poll(id);
    }

    @DELETE
    @Path("{video_id}")
    @Operation(operationId = "deleteVideo", summary = "Delete a video and its assets.")
    public DeletedVideoView delete(@PathParam("video_id") String id) {
        return videos.delete(id);
    }

    @POST
    @Path("{video_id}/remix")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    @Operation(operationId = "remixVideo", summary = "Remix a completed video with a new prompt.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = OpenAiSchemas.Remix.class)))
    public VideoView remixMultipart(@PathParam("video_id") String id, MultipartFormDataInput form) {
        return view(videos.remix(id, RequestFields.fromMultipart(form)));
    }

    @POST
    @Path("{video_id}/remix")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "remixVideoJson", summary = "Remix a completed video with a new prompt (JSON body).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OpenAiSchemas.Remix.class)))
    public VideoView remixJson(@PathParam("video_id") String id, RequestFields body) {
        return view(videos.remix(id, body));
    }

    @POST
    @Path("edits")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    @Operation(operationId = "editVideo", summary = "Edit a completed video (by id or uploaded).")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = OpenAiSchemas.EditMultipart.class)))
    public VideoView editMultipart(MultipartFormDataInput form) {
        return view(videos.edit(RequestFields.fromMultipart(form)));
    }

    @POST
    @Path("edits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editVideoJson", summary = "Edit a completed video by id (JSON body).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OpenAiSchemas.EditJson.class)))
    public VideoView editJson(RequestFields body) {
        return view(videos.edit(body));
    }

    @POST
    @Path("extensions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    @Operation(operationId = "extendVideo", summary = "Extend a completed video; seconds in the answer is the stitched total.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = OpenAiSchemas.ExtendMultipart.class)))
    public VideoView extendMultipart(MultipartFormDataInput form) {
        return view(videos.extend(RequestFields.fromMultipart(form)));
    }

    @POST
    @Path("extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "extendVideoJson", summary = "Extend a completed video (JSON body).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OpenAiSchemas.ExtendJson.class)))
    public VideoView extendJson(RequestFields body) {
        return view(videos.extend(body));
    }

    @POST
    @Path("characters")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    @Operation(operationId = "createVideoCharacter", summary = "Create a character from an uploaded video.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = OpenAiSchemas.CreateCharacter.class)))
    public CharacterView createCharacter(MultipartFormDataInput form) {
        return CharacterView.of(videos.createCharacter(RequestFields.fromMultipart(form)));
    }

    @GET
    @Path("characters/{character_id}")
    @Operation(operationId = "getVideoCharacter", summary = "Fetch a character.")
    public CharacterView getCharacter(@PathParam("character_id") String id) {
        return CharacterView.of(videos.character(id));
    }

    @GET
    @Path("{video_id}/content")
    @Produces(MediaType.WILDCARD)
    @Blocking
    @Operation(operationId = "downloadVideoContent", summary = "Download the video (MP4), its thumbnail (WebP) or its spritesheet (JPEG).")
    @APIResponse(responseCode = "200", description = "The asset's bytes", content = {
            @Content(mediaType = "video/mp4", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response content(@PathParam("video_id") String id,
            @Parameter(description = "video (default), thumbnail or spritesheet") @QueryParam("variant") String variant,
            @HeaderParam("Range") String range, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return videos.content(id, variant, range, ifNoneMatch);
    }

    private VideoView view(VideoJob job) {
        return videos.view(job);
    }

}
