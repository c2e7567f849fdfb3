package dev.videoapiemulator.control;

import dev.videoapiemulator.engine.JobError;
import dev.videoapiemulator.engine.JobOutcome;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.http.ApiError;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inspects any key's job and forces its end, for tests of what a client does on success or failure. */
@Path("/__emulator/jobs/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emulator control")
@NonBlocking
public class JobControlResource {

    static final String DEFAULT_FAILURE_CODE = "moderation_blocked";
    static final String DEFAULT_FAILURE_MESSAGE = "Your request was blocked by our moderation system.";

    public record JobView(String id, String owner, String dialect, String status, int progress, String model,
            int width, int height, int seconds, String prompt) {

        static JobView of(VideoJob job, JobState state) {
            var spec = job.spec();
            return new JobView(job.id(), job.owner(), job.dialect(), state.status().name().toLowerCase(Locale.ROOT),
                    state.progress(), spec.model(), spec.width(), spec.height(), spec.seconds(), spec.prompt());
        }
    }

    private final VideoJobs jobs;

    public JobControlResource(VideoJobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Operation(summary = "A job as the engine sees it, whatever key owns it")
    public JobView inspect(@PathParam("id") String id) {
        return view(find(id));
    }

    @POST
    @Path("complete")
    @Operation(summary = "Complete the job now")
    public JobView complete(@PathParam("id") String id) {
        return end(id, new JobOutcome.Completed());
    }

    @POST
    @Path("fail")
    @Operation(summary = "Fail the job now with an error code and message (default: moderation_blocked)")
    public JobView fail(@PathParam("id") String id, @QueryParam("code") String code,
            @QueryParam("message") String message) {
        VideoJob job = find(id);
        JobError error = new JobError(code == null ? DEFAULT_FAILURE_CODE : code,
                message == null ? DEFAULT_FAILURE_MESSAGE : message);
        return end(id, new JobOutcome.Failed(error, jobs.stateOf(job).progress()));
    }

    private JobView end(String id, JobOutcome outcome) {
        VideoJob job = find(id);
        return view(jobs.end(job.owner(), id, outcome).orElseThrow(() -> notFound(id).exception()));
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
