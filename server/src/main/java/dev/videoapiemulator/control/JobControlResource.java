package dev.videoapiemulator.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.engine.JobError;
import dev.videoapiemulator.engine.JobOutcome;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.http.JobDownloads;
import dev.videoapiemulator.http.MediaResponses;
import dev.videoapiemulator.media.MediaLibrary;
import dev.videoapiemulator.media.MediaVariant;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lists and inspects any key's jobs and forces their course, for tests of what a client does on
 * success, failure or a job that never finishes.
 */
@Path("/__emulator/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emulator control")
@NonBlocking
public class JobControlResource {

    static final String DEFAULT_FAILURE_CODE = "moderation_blocked";
    static final String DEFAULT_FAILURE_MESSAGE = "Your request was blocked by our moderation system.";
    static final int LIST_LIMIT_DEFAULT = 100;
    static final int LIST_LIMIT_MAX = 10_000;

    public record JobListView(String object, List<JobView> data, @JsonProperty("has_more") boolean hasMore) {
    }

    public record DeletedJobView(String id, boolean deleted) {
    }

    @Inject
    VideoJobs jobs;
    @Inject
    MediaLibrary media;
    @Inject
    MediaResponses responses;

    @GET
    @Operation(summary = "Every key's jobs, newest first, optionally filtered")
    public JobListView list(@QueryParam("key") String key, @QueryParam("test_id") String testId,
            @QueryParam("profile") String profile,
            @Parameter(description = "queued, in_progress, completed or failed") @QueryParam("status") String status,
            @Parameter(description = "1 to 10000, default 100") @QueryParam("limit") String limit) {
        String wantedKey = ControlParams.text(key);
        String wantedTest = ControlParams.text(testId);
        String wantedProfile = ControlParams.text(profile);
        JobStatus wantedStatus = JobStatuses.parse(status);
        int max = ControlParams.limit(limit, LIST_LIMIT_DEFAULT, LIST_LIMIT_MAX);
        List<JobView> found = new ArrayList<>(Math.min(max, 128));
        for (VideoJob job : jobs.newestFirst()) {
            if ((wantedKey != null && !wantedKey.equals(ApiCaller.keyOf(job.owner())))
                    || (wantedTest != null && !wantedTest.equals(ApiCaller.testIdOf(job.owner())))
                    || (wantedProfile != null && !wantedProfile.equals(job.dialect()))) {
                continue;
            }
            JobState state = jobs.stateOf(job);
            if (wantedStatus != null && state.status() != wantedStatus) {
                continue;
            }
            if (found.size() == max) {
                return new JobListView("list", found, true);
            }
            found.add(JobView.of(job, state));
        }
        return new JobListView("list", found, false);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A job as the engine sees it, whatever key owns it")
    public JobView inspect(@PathParam("id") String id) {
        return view(find(id));
    }

    @GET
    @Path("{id}/details")
    @Operation(summary = "A job with its spec, timeline and the dialect's own details")
    public JobDetailView details(@PathParam("id") String id) {
        VideoJob job = find(id);
        return JobDetailView.of(job, jobs.stateOf(job));
    }

    @GET
    @Path("{id}/content")
    @Blocking
    @Produces({"video/mp4", "image/webp", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(operationId = "emulatorJobContent",
            summary = "A job's video, thumbnail or spritesheet, whatever its status or key, with Range support")
    public Response content(@PathParam("id") String id,
            @Parameter(description = "video (default), thumbnail or spritesheet") @QueryParam("variant") String variant,
            @HeaderParam("Range") String range, @HeaderParam("If-None-Match") String ifNoneMatch) {
        VideoJob job = find(id);
        MediaVariant wanted = MediaVariant.parameter(variant);
        // The media as rendered, without the scenario's download faults: this is what the job looks like.
        return responses.serve(media.asset(JobDownloads.subjectOf(job), wanted),
                job.id() + "." + wanted.fileExtension(), range, ifNoneMatch);
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Complete the job now")
    public JobView complete(@PathParam("id") String id) {
        return end(find(id), new JobOutcome.Completed());
    }

    @POST
    @Path("{id}/fail")
    @Operation(summary = "Fail the job now with an error code and message (default: moderation_blocked)")
    public JobView fail(@PathParam("id") String id, @QueryParam("code") String code,
            @QueryParam("message") String message) {
        VideoJob job = find(id);
        JobError error = new JobError(Objects.requireNonNullElse(ControlParams.text(code), DEFAULT_FAILURE_CODE),
                Objects.requireNonNullElse(ControlParams.text(message), DEFAULT_FAILURE_MESSAGE));
        return end(job, new JobOutcome.Failed(error, jobs.stateOf(job).progress()));
    }

    @POST
    @Path("{id}/progress")
    @Operation(summary = "Put the job in progress at the given percentage and hold it there")
    public JobView progress(@PathParam("id") String id,
            @Parameter(description = "0 to 100") @QueryParam("value") String value) {
        VideoJob job = find(id);
        Long progress = ControlParams.integer("value", value, 0, 100);
        if (progress == null) {
            throw FieldErrors.missing("value").exception();
        }
        return end(job, new JobOutcome.Stuck(progress.intValue()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete the job, as its owner would")
    public DeletedJobView delete(@PathParam("id") String id) {
        VideoJob job = find(id);
        jobs.delete(job.owner(), id).orElseThrow(() -> notFound(id).exception());
        return new DeletedJobView(id, true);
    }

    private JobView end(VideoJob job, JobOutcome outcome) {
        return view(jobs.end(job.owner(), job.id(), outcome).orElseThrow(() -> notFound(job.id()).exception()));
    }

    private VideoJob find(String id) {
        return jobs.findAnyOwner(id).orElseThrow(() -> notFound(id).exception());
    }

    private JobView view(VideoJob job) {
        return JobView.of(job, jobs.stateOf(job));
    }

    private static ApiError notFound(String id) {
        return ApiError.notFound("No job with id '" + id + "'.");
    }
}
