package dev.videoapiemulator.dialect.soratask;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.dialect.DeclaredDetails;
import dev.videoapiemulator.dialect.Dialect;
import dev.videoapiemulator.dialect.JobIdShape;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.RandomIds;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoSpec;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** The Sora task API: the {code,message,data} envelope, task ids {@code task_<ulid>}, the relays' task words. */
@Singleton
public class SoraTaskDialect extends Dialect {

    private static final JobIdShape IDS = new JobIdShape("task_[A-Za-z0-9]+", "task_ and letters or digits");
    private static final Map<String, JobStatus> STATUS_WORDS = SoraTaskRules.STATUSES.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(e -> e.getValue().task(), Map.Entry::getKey));
    private static final VideoSpec DEFAULTS = new VideoSpec(SoraTaskRules.DEFAULT_MODEL,
            SoraTaskRules.DEFAULT_SIZE.width(), SoraTaskRules.DEFAULT_SIZE.height(),
            SoraTaskRules.DEFAULT_FRAMES.seconds(), "");

    public SoraTaskDialect() {
        super("sora", "/sora", "Sora task API, JSON (video_gen tasks, {code,message,data} envelope)",
                new SoraTaskErrorShape(), IDS, DEFAULTS);
    }

    @Override
    public String newJobId(Instant createdAt, VideoSpec spec) {
        return "task_" + RandomIds.ulid(createdAt.toEpochMilli());
    }

    @Override
    public Map<String, JobStatus> statusWords() {
        return STATUS_WORDS;
    }

    @Override
    public Object declaredDetails(DeclaredDetails declared) {
        return SoraTaskDetails.declared(declared);
    }

    @Override
    public ApiError unknownJob(String id) {
        return ApiError.badRequest("task_not_exist", null, "task_not_exist");
    }

    @Override
    public ApiError notReady(VideoJob job, JobState state) {
        return ApiError.badRequest("Task is not completed yet, current status: "
                + SoraTaskRules.STATUSES.get(state.status()).task(), null, "task_not_completed");
    }

    @Override
    public ApiError failed(VideoJob job, JobState state) {
        return ApiError.badRequest("Task failed, so it has no video: " + state.error().message(), null,
                "task_failed");
    }

    @Override
    public ApiError expired(VideoJob job) {
        return ApiError.notFound("The video is no longer available. Downloads expire "
                + job.downloadWindow().toHours() + " hours after the task succeeds.");
    }
}
