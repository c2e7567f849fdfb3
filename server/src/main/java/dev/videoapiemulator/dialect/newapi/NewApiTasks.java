package dev.videoapiemulator.dialect.newapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.api.ApiException;
import dev.videoapiemulator.dialect.DialectJobs;
import dev.videoapiemulator.dialect.Downloads;
import dev.videoapiemulator.engine.JobOrigin;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.RandomIds;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.media.MediaVariant;
import dev.videoapiemulator.request.RequestFields;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * new-api's task operations. A submit goes through new-api's layers in its order: the distributor
 * picks the channel by model, the adaptor reads the body and applies new-api's own checks, the
 * upstream applies its rules; then the task is created. Fetches read the task at one instant of the
 * caller's clock.
 */
@Singleton
public class NewApiTasks {

    /** Kling's task ids are 18 digits. */
    private static final int KLING_ID_DIGITS = 18;
    /** OpenAI's video ids: video_, eight hex digits of the creation time, 40 more. */
    private static final int SORA_ID_RANDOM_HEX = 40;

    @Inject
    NewApiDialect dialect;
    @Inject
    DialectJobs jobs;
    @Inject
    Downloads downloads;
    @Inject
    ObjectMapper mapper;

    VideoView create(RequestFields fields) {
        NewApiRules.ModelRow model = NewApiRules.model(TaskRequest.model(fields));
        Platform platform = model.platform();
        TaskRequest request = TaskRequest.read(fields, platform, mapper);
        String prompt = NewApiRules.prompt(request.prompt());
        long seconds = NewApiRules.seconds(platform, request);
        UpstreamRules.Render render;
        if (platform == Platform.SORA) {
            String size = NewApiRules.soraSize(model, request.size());
            render = upstream(platform, () -> UpstreamRules.sora(request, size, seconds));
        } else {
            UpstreamRules.KlingPayload payload = UpstreamRules.klingPayload(request, request.size(), seconds);
            render = upstream(platform, () -> UpstreamRules.kling(request, payload));
        }
        Instant now = jobs.now();
        NewApiTaskDetails details = new NewApiTaskDetails(platform, request.images().isEmpty()
                ? NewApiTaskDetails.TEXT_GENERATE : NewApiTaskDetails.GENERATE, upstreamId(platform, now));
        VideoSpec spec = new VideoSpec(model.name(), render.width(), render.height(), render.seconds(), prompt);
        return VideoView.submitted(jobs.create(dialect, spec, JobOrigin.fresh(), details));
    }

    TaskView task(String taskId, String baseUrl) {
        return read(taskId, baseUrl, TaskView::of);
    }

    VideoView video(String taskId, String baseUrl) {
        return read(taskId, baseUrl, VideoView::of);
    }

    /** How a view is made of a task read at one instant. */
    @FunctionalInterface
    private interface View<T> {
        T of(VideoJob task, JobState state, TaskPhase phase, String resultUrl);
    }

    private <T> T read(String taskId, String baseUrl, View<T> view) {
        VideoJob task = jobs.find(dialect, taskId);
        Instant now = jobs.now();
        JobState state = task.stateAt(now);
        return view.of(task, state, TaskPhase.of(task, state, now), resultUrl(baseUrl, task));
    }

    /**
     * The content proxy: its own answer for an unknown task, and for one that has not succeeded the
     * status new-api holds (which can be NOT_START); {@code ?variant=} is ignored, as new-api ignores it.
     */
    Response content(String taskId, String range, String ifNoneMatch) {
        VideoJob task = jobs.lookup(dialect, taskId).orElseThrow(() -> NewApiErrors.taskNotFound().exception());
        Instant now = jobs.now();
        TaskPhase phase = TaskPhase.of(task, task.stateAt(now), now);
        if (phase.status() != TaskStatus.SUCCESS) {
            throw NewApiErrors.notCompleted(phase.status()).exception();
        }
        return downloads.serve(dialect, task, task::id, MediaVariant.VIDEO, range, ifNoneMatch);
    }

    /** The upstream's checks, a refusal relayed as new-api relays it. */
    private UpstreamRules.Render upstream(Platform platform, Supplier<UpstreamRules.Render> checks) {
        try {
            return checks.get();
        } catch (ApiException refused) {
            throw UpstreamRules.refused(platform, refused.error(), this::json).exception();
        }
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("error bodies are maps, which always serialise", e);
        }
    }

    static String upstreamId(Platform platform, Instant now) {
        return platform == Platform.KLING ? RandomIds.digits(KLING_ID_DIGITS)
                : "video_" + RandomIds.timePrefixed(now.getEpochSecond(), SORA_ID_RANDOM_HEX);
    }

    /** What new-api stores on success: its own content route, here the emulator's under this profile. */
    static String resultUrl(String baseUrl, VideoJob task) {
        return baseUrl + "/new-api/v1/videos/" + task.id() + "/content";
    }
}
