package dev.videoapiemulator.dialect.soratask;

import dev.videoapiemulator.dialect.FieldRules;
import dev.videoapiemulator.engine.JobOrigin;
import dev.videoapiemulator.engine.RandomIds;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.dialect.DialectJobs;
import dev.videoapiemulator.dialect.Downloads;
import dev.videoapiemulator.media.MediaVariant;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.request.RequestFields;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/** The task API's operations: a video_gen body in, a validated engine job out. */
@Singleton
public class SoraTasks {

    private static final Set<String> FIELDS = Set.of("type", "prompt", "width", "height", "n_frames", "n_variants",
            "style", "inpaint_items", "operation", "model", "actions", "sdedit", "notify_hook");

    @Inject
    SoraTaskDialect dialect;
    @Inject
    DialectJobs jobs;
    @Inject
    Downloads downloads;

    VideoJob create(RequestFields fields) {
        fields.allowOnly(FIELDS);
        FieldRules.oneOf("type", Optional.of(fields.requiredText("type")), null, SoraTaskRules.TYPES);
        String prompt = fields.text("prompt").orElse("");
        SoraTaskRules.SizeRow size = SoraTaskRules.size(fields.integer("width"), fields.integer("height"));
        SoraTaskRules.FramesRow frames = SoraTaskRules.frames(fields.integer("n_frames"));
        int variants = SoraTaskRules.variants(fields.integer("n_variants"));
        String style = FieldRules.oneOf("style", fields.text("style"), SoraTaskRules.DEFAULT_STYLE,
                SoraTaskRules.STYLES);
        String operation = FieldRules.oneOf("operation", fields.text("operation"),
                SoraTaskRules.DEFAULT_OPERATION, SoraTaskRules.OPERATIONS);
        String model = FieldRules.oneOf("model", fields.text("model"), SoraTaskRules.DEFAULT_MODEL,
                SoraTaskRules.MODELS);
        List<InpaintItem> inpaint = fields.objects("inpaint_items").stream()
                .map(item -> InpaintItem.read(item, frames.frames())).toList();
        List<TaskAction> actions = fields.objects("actions").stream()
                .map(action -> TaskAction.read(action, frames.seconds())).toList();
        SdeditInput sdedit = fields.group("sdedit").map(SdeditInput::read).orElse(null);
        String notifyHook = fields.text("notify_hook").filter(hook -> !hook.isEmpty())
                .map(hook -> SoraTaskRules.url("notify_hook", hook, false)).orElse("");
        long createdMillis = jobs.now().toEpochMilli();
        List<String> generationIds = IntStream.range(0, variants)
                .mapToObj(i -> "gen_" + RandomIds.ulid(createdMillis)).toList();
        SoraTaskDetails details = new SoraTaskDetails(notifyHook, style, operation, frames.frames(), generationIds,
                inpaint, actions, sdedit);
        VideoSpec spec = new VideoSpec(model, size.width(), size.height(), frames.seconds(), prompt,
                new VideoSpec.Overlay(shots(actions, frames.seconds()), false));
        return jobs.create(dialect, spec, JobOrigin.fresh(), details);
    }

    TaskView get(String taskId, String baseUrl) {
        VideoJob task = jobs.find(dialect, taskId);
        return TaskView.of(task, jobs.stateOf(task), baseUrl);
    }

    /** The task's state is checked before the generation, since generation ids are only listed on success. */
    Response content(String taskId, String generationId, String range, String ifNoneMatch) {
        VideoJob task = jobs.find(dialect, taskId);
        return downloads.serve(dialect, task, () -> generation(task, generationId), MediaVariant.VIDEO, range,
                ifNoneMatch);
    }

    private static String generation(VideoJob task, String generationId) {
        if (!SoraTaskDetails.of(task).generationIds().contains(generationId)) {
            throw ApiError.notFound("Generation '" + generationId + "' not found in task '" + task.id() + "'.")
                    .exception();
        }
        return generationId;
    }

    /** Each described action is captioned from its time until the next action's, or the end of the clip. */
    private static List<VideoSpec.Shot> shots(List<TaskAction> actions, int seconds) {
        List<TaskAction> described = actions.stream().filter(a -> !a.description().isBlank())
                .sorted(Comparator.comparingDouble(TaskAction::time)).toList();
        List<VideoSpec.Shot> shots = new ArrayList<>();
        for (int i = 0; i < described.size(); i++) {
            double to = i + 1 < described.size() ? described.get(i + 1).time() : seconds;
            shots.add(new VideoSpec.Shot(i + 1, described.get(i).time(), to, described.get(i).description()));
        }
        return shots;
    }
}
