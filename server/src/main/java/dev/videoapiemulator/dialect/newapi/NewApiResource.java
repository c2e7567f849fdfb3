package dev.videoapiemulator.dialect.newapi;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/** new-api's unified video tasks under /new-api/v1: submit, fetch, the OpenAI view of a task, its content. */
@Path("/new-api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "new-api video tasks", description = "new-api's /v1/video/generations tasks (profile new-api)")
@NonBlocking
public class NewApiResource {

    @Inject
    NewApiTasks tasks;

    @POST
    @Path("video/generations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "newApiSubmitTask", summary = "Submit a video task; the answer is an OpenAI video object.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewApiSubmitBody.class)))
    public VideoView createJson(RequestFields body) {
        return tasks.create(body);
    }

    @POST
    @Path("video/generations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    @Operation(operationId = "newApiSubmitTaskMultipart", summary = "Submit a video task (multipart body).")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = NewApiSubmitBody.class)))
    public VideoView createMultipart(MultipartFormDataInput form) {
        return tasks.create(RequestFields.fromMultipart(form));
    }

    @GET
    @Path("video/generations/{task_id}")
    @Operation(operationId = "newApiFetchTask", summary = "Fetch a task: {code, message, data: TaskDto}.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NewApiAnswer.class)))
    public NewApiAnswer task(@PathParam("task_id") String taskId, @Context UriInfo uri) {
        return NewApiAnswer.success(tasks.task(taskId, baseUrl(uri)));
    }

    @GET
    @Path("videos/{task_id}")
    @Operation(operationId = "newApiGetVideo", summary = "The same task as an OpenAI video object, metadata.url once it succeeded.")
    public VideoView video(@PathParam("task_id") String taskId, @Context UriInfo uri) {
        return tasks.video(taskId, baseUrl(uri));
    }

    @GET
    @Path("videos/{task_id}/content")
    @Produces(MediaType.WILDCARD)
    @Blocking
    @Operation(operationId = "newApiDownloadVideo", summary = "The task's MP4 through new-api's content proxy (variant is ignored).")
    @APIResponse(responseCode = "200", description = "The video", content = @Content(mediaType = "video/mp4",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("task_id") String taskId, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return tasks.content(taskId, range, ifNoneMatch);
    }

    private static String baseUrl(UriInfo uri) {
        return uri.getBaseUri().toString().replaceAll("/$", "");
    }
}
