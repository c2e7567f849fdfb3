package dev.videoapiemulator.dialect.klingofficial;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.Credentials;
import dev.videoapiemulator.api.CurrentCaller;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.dialect.DialectJobs;
import dev.videoapiemulator.dialect.Downloads;
import dev.videoapiemulator.dialect.FieldRules;
import dev.videoapiemulator.dialect.klingofficial.KlingOfficialRules.Action;
import dev.videoapiemulator.dialect.klingofficial.KlingOfficialRules.AspectRatio;
import dev.videoapiemulator.dialect.klingofficial.KlingOfficialRules.Mode;
import dev.videoapiemulator.engine.JobOrigin;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.media.MediaVariant;
import dev.videoapiemulator.request.RequestFields;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * Kling's task operations: a text2video or image2video body in, every field checked, a job whose
 * frame follows the mode and aspect ratio (image2video: the start frame's shape) for
 * {@code duration} seconds; queries, lists and downloads see only tasks of their own kind.
 * negative_prompt, cfg_scale, camera_control, the masks and sound are validated but change nothing
 * the emulator renders.
 */
@Singleton
public class KlingTasks {

    @Inject
    KlingOfficialDialect dialect;
    @Inject
    DialectJobs jobs;
    @Inject
    Downloads downloads;
    @Inject
    CurrentCaller caller;

    VideoJob create(Action action, RequestFields body) {
        body.allowOnly(action.fields());
        String model = KlingOfficialRules.model(action, body.text("model_name"));
        Optional<String> prompt = body.text("prompt").map(text -> KlingOfficialRules.prompt("prompt", text));
        if (action == Action.TEXT2VIDEO && prompt.isEmpty()) {
            throw FieldErrors.missing("prompt").exception();
        }
        body.text("negative_prompt").ifPresent(text -> KlingOfficialRules.prompt("negative_prompt", text));
        KlingOfficialRules.cfgScale(body.number("cfg_scale"));
        Mode mode = KlingOfficialRules.mode(body.text("mode"));
        int seconds = KlingOfficialRules.duration(body.text("duration"));
        body.text("sound").ifPresent(sound -> FieldRules.oneOf("sound", sound, KlingOfficialRules.SOUNDS));
        Optional<CameraControl> camera = CameraControl.read(body);
        AspectRatio ratio = action == Action.TEXT2VIDEO ? KlingOfficialRules.aspectRatio(body.text("aspect_ratio"))
                : KlingImages.read(body, camera).image()
                        .map(image -> AspectRatio.nearest(image.width(), image.height())).orElse(AspectRatio.DEFAULT);
        String callbackUrl = body.text("callback_url").map(KlingOfficialRules::callbackUrl).orElse(null);
        String externalTaskId = body.text("external_task_id")
                .map(id -> FieldRules.text("external_task_id", id, FieldRules.UNBOUNDED, FieldRules.Blank.REFUSED))
                .orElse(null);
        if (externalTaskId != null) {
            byExternalId(externalTaskId).ifPresent(taken -> {
                throw ApiError.badRequest("external_task_id '" + externalTaskId + "' is already used by task '"
                        + taken.id() + "'; each task of a key needs its own.", "external_task_id",
                        KlingErrorShape.INVALID_VALUE).exception();
            });
        }
        KlingTaskDetails details = new KlingTaskDetails(action, externalTaskId, callbackUrl, contentRoot());
        VideoSpec spec = new VideoSpec(model, ratio.width(mode), ratio.height(mode), seconds, prompt.orElse(""));
        return jobs.create(dialect, spec, JobOrigin.fresh(), details);
    }

    /** By task id, else by the client's external_task_id, as Kling's query takes either. */
    VideoJob find(Action action, String id) {
        return jobs.lookup(dialect, id).filter(job -> isOf(job, action)).or(() -> byExternalId(id)
                .filter(job -> isOf(job, action))).orElseThrow(() -> dialect.unknownJob(id).exception());
    }

    /** Page {@code pageNum} of {@code pageSize} tasks of this kind, newest first. */
    List<VideoJob> list(Action action, String pageNum, String pageSize) {
        long number = KlingOfficialRules.PAGE_NUM.read(pageNum);
        long size = KlingOfficialRules.PAGE_SIZE.read(pageSize);
        List<VideoJob> upTo = jobs.newest(dialect, job -> isOf(job, action), (int) (number * size)).items();
        return upTo.subList((int) Math.min(upTo.size(), (number - 1) * size), upTo.size());
    }

    /** The task as it stands now on the caller's clock. */
    KlingTaskView view(VideoJob job, String baseUrl) {
        return KlingTaskView.of(job, jobs.now(), baseUrl);
    }

    Response content(Action action, String id, String range, String ifNoneMatch) {
        VideoJob job = find(action, id);
        return downloads.serve(dialect, job, job::id, MediaVariant.VIDEO, range, ifNoneMatch);
    }

    /** Where a task's video is downloaded, below the server's base URL. */
    static String contentPath(VideoJob job, KlingTaskDetails details) {
        return details.contentRoot() + "/v1/videos/" + details.action().path() + "/" + job.id() + "/content";
    }

    /**
     * The key's task with this external_task_id: a look through the key's own tasks, bounded by how
     * many a key keeps, made only when a client names one.
     */
    private Optional<VideoJob> byExternalId(String externalTaskId) {
        return jobs.newest(dialect, job -> job.details(KlingTaskDetails.class)
                .filter(details -> externalTaskId.equals(details.externalTaskId())).isPresent(), 1).items().stream()
                .findFirst();
    }

    private static boolean isOf(VideoJob job, Action action) {
        return job.details(KlingTaskDetails.class).filter(details -> details.action() == action).isPresent();
    }

    /** A token's tasks are downloaded under Kling's own prefix, a relay key's under new-api's. */
    private String contentRoot() {
        return caller.get().credentials() == Credentials.SIGNED_TOKEN ? KlingOfficialDialect.ROOT
                : KlingOfficialDialect.RELAY_ROOT;
    }
}
