package dev.videoapiemulator.dialect.klingofficial;

import dev.videoapiemulator.dialect.klingofficial.KlingOfficialRules.Action;
import dev.videoapiemulator.engine.VideoJob;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Kling's official task API at /kling-official/v1/videos (bare /v1 for access keys bound to the
 * profile, /kling/v1/videos/text2video... as new-api routes it).
 */
@Path("/kling-official/v1/videos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kling official", description = "Kling's text2video and image2video tasks in the"
        + " {code,message,request_id,data} envelope (profile kling-official)")
@NonBlocking
public class KlingOfficialResource {

    private static final String VIDEO = "video/mp4";

    @Inject
    KlingTasks tasks;

    @POST
    @Path("text2video")
    @Operation(operationId = "klingOfficialCreateText2Video", summary = "Create a text2video task.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Text2VideoBody.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KlingAnswer.class)))
    public KlingAnswer createText2Video(RequestFields body, @Context UriInfo uri) {
        return answer(tasks.create(Action.TEXT2VIDEO, body), uri);
    }

    @POST
    @Path("image2video")
    @Operation(operationId = "klingOfficialCreateImage2Video", summary = "Create an image2video task.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Image2VideoBody.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KlingAnswer.class)))
    public KlingAnswer createImage2Video(RequestFields body, @Context UriInfo uri) {
        return answer(tasks.create(Action.IMAGE2VIDEO, body), uri);
    }

    @GET
    @Path("text2video/{task_id}")
    @Operation(operationId = "klingOfficialGetText2Video", summary = "Query a text2video task by task_id or"
            + " external_task_id.")
    public KlingAnswer getText2Video(@PathParam("task_id") String id, @Context UriInfo uri) {
        return answer(tasks.find(Action.TEXT2VIDEO, id), uri);
    }

    @GET
    @Path("image2video/{task_id}")
    @Operation(operationId = "klingOfficialGetImage2Video", summary = "Query an image2video task by task_id or"
            + " external_task_id.")
    public KlingAnswer getImage2Video(@PathParam("task_id") String id, @Context UriInfo uri) {
        return answer(tasks.find(Action.IMAGE2VIDEO, id), uri);
    }

    @GET
    @Path("text2video")
    @Operation(operationId = "klingOfficialListText2Video", summary = "List text2video tasks, newest first.")
    public KlingAnswer listText2Video(@QueryParam("pageNum") String pageNum, @QueryParam("pageSize") String pageSize,
            @Context UriInfo uri) {
        return list(Action.TEXT2VIDEO, pageNum, pageSize, uri);
    }

    @GET
    @Path("image2video")
    @Operation(operationId = "klingOfficialListImage2Video", summary = "List image2video tasks, newest first.")
    public KlingAnswer listImage2Video(@QueryParam("pageNum") String pageNum, @QueryParam("pageSize") String pageSize,
            @Context UriInfo uri) {
        return list(Action.IMAGE2VIDEO, pageNum, pageSize, uri);
    }

    @GET
    @Path("text2video/{task_id}/content")
    @Produces(MediaType.WILDCARD)
    @Blocking
    @Operation(operationId = "klingOfficialDownloadText2Video", summary = "Download a succeeded text2video task's"
            + " video (its task_result url).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = VIDEO,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response contentText2Video(@PathParam("task_id") String id, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return tasks.content(Action.TEXT2VIDEO, id, range, ifNoneMatch);
    }

    @GET
    @Path("image2video/{task_id}/content")
    @Produces(MediaType.WILDCARD)
    @Blocking
    @Operation(operationId = "klingOfficialDownloadImage2Video", summary = "Download a succeeded image2video task's"
            + " video (its task_result url).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = VIDEO,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response contentImage2Video(@PathParam("task_id") String id, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return tasks.content(Action.IMAGE2VIDEO, id, range, ifNoneMatch);
    }

    private KlingAnswer answer(VideoJob job, UriInfo uri) {
        return KlingAnswer.success(tasks.view(job, baseUrl(uri)));
    }

    private KlingAnswer list(Action action, String pageNum, String pageSize, UriInfo uri) {
        return KlingAnswer.success(tasks.list(action, pageNum, pageSize).stream()
                .map(job -> tasks.view(job, baseUrl(uri))).toList());
    }

    private static String baseUrl(UriInfo uri) {
        return uri.getBaseUri().toString().replaceAll("/$", "");
    }
}
