package dev.videoapiemulator.dialect.openai;

import dev.videoapiemulator.engine.JobOrigin;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.RandomIds;
import dev.videoapiemulator.engine.VideoCharacter;
import dev.videoapiemulator.engine.VideoCharacters;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.dialect.DialectJobs;
import dev.videoapiemulator.dialect.Downloads;
import dev.videoapiemulator.engine.Page;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.request.Field;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.request.RequestFields;
import dev.videoapiemulator.request.UploadedFile;
import dev.videoapiemulator.request.VideoProbe;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Set;

/** The official API's operations: request fields in, validated engine calls out. */
@Singleton
public class OpenAiVideos {

    private static final Set<String> CREATE_FIELDS = Set.of("prompt", "model", "seconds", "size", "input_reference");
    private static final Set<String> REMIX_FIELDS = Set.of("prompt");
    private static final Set<String> EDIT_FIELDS = Set.of("prompt", "video", "model");
    private static final Set<String> EXTEND_FIELDS = Set.of("prompt", "video", "seconds");
    private static final Set<String> CHARACTER_FIELDS = Set.of("name", "video");
    private static final Set<String> VIDEO_REFERENCE_FIELDS = Set.of("id");

    private final OpenAiDialect dialect;
    private final OpenAiRules rules;
    private final DialectJobs jobs;
    private final Downloads downloads;
    private final VideoCharacters characters;
    private final String pollAfterMs;

    public OpenAiVideos(OpenAiDialect dialect, OpenAiRules rules, DialectJobs jobs, Downloads downloads,
            VideoCharacters characters, EmulatorConfig config) {
        this.dialect = dialect;
        this.rules = rules;
        this.jobs = jobs;
        this.downloads = downloads;
        this.characters = characters;
        this.pollAfterMs = String.valueOf(config.jobs().pollAfter().toMillis());
    }

    VideoJob create(RequestFields fields, boolean multipart) {
        fields.allowOnly(CREATE_FIELDS);
        String prompt = rules.prompt(fields.requiredText("prompt"));
        String model = rules.model(fields.text("model"));
        OpenAiRules.SizeRow size = rules.size(model, fields.text("size"));
        int seconds = rules.seconds(fields.text("seconds"));
        ReferenceImageCheck.check(fields, multipart, size.width(), size.height());
        return jobs.create(dialect,
                new VideoSpec(model, size.width(), size.height(), seconds, prompt), JobOrigin.fresh(),
                OpenAiJobDetails.NONE);
    }

    VideoJob remix(String sourceId, RequestFields fields) {
        fields.allowOnly(REMIX_FIELDS);
        String prompt = rules.prompt(fields.requiredText("prompt"));
        VideoJob source = completed(sourceId, "remixed");
        VideoSpec spec = source.spec();
        return jobs.create(dialect,
                new VideoSpec(spec.model(), spec.width(), spec.height(), spec.seconds(), prompt),
                new JobOrigin(JobOrigin.Kind.REMIX, source.id()), OpenAiJobDetails.NONE);
    }

    VideoJob edit(RequestFields fields) {
        fields.allowOnly(EDIT_FIELDS);
        String prompt = rules.prompt(fields.requiredText("prompt"));
        Source source = source(fields, "edited");
        String model = fields.has("model") ? rules.model(fields.text("model")) : source.spec.model();
        VideoSpec spec = source.spec;
        return jobs.create(dialect,
                new VideoSpec(model, spec.width(), spec.height(), spec.seconds(), prompt),
                new JobOrigin(JobOrigin.Kind.EDIT, source.id), OpenAiJobDetails.NONE);
    }

    VideoJob extend(RequestFields fields) {
        fields.allowOnly(EXTEND_FIELDS);
        String prompt = rules.prompt(fields.requiredText("prompt"));
        int added = rules.extensionSeconds(fields.requiredText("seconds"));
        Source source = source(fields, "extended");
        if (source.extensions >= OpenAiRules.MAX_EXTENSIONS) {
            throw FieldErrors.invalid("video", "Invalid 'video': a video can be extended at most "
                    + OpenAiRules.MAX_EXTENSIONS + " times.").exception();
        }
        int total = source.spec.seconds() + added;
        if (total > OpenAiRules.MAX_TOTAL_SECONDS) {
            throw FieldErrors.invalid("seconds", "Invalid 'seconds': the extended video would be " + total
                    + " seconds long, over the maximum of " + OpenAiRules.MAX_TOTAL_SECONDS + " seconds.").exception();
        }
        VideoSpec spec = source.spec;
        return jobs.create(dialect,
                new VideoSpec(spec.model(), spec.width(), spec.height(), total, prompt),
                new JobOrigin(JobOrigin.Kind.EXTEND, source.id), new OpenAiJobDetails(source.extensions + 1));
    }

    VideoCharacter createCharacter(RequestFields fields) {
        fields.allowOnly(CHARACTER_FIELDS);
        String name = rules.characterName(fields.requiredText("name"));
        Field video = fields.field("video").orElseThrow(() -> FieldErrors.missing("video").exception());
        if (!(video instanceof Field.Upload upload)) {
            throw FieldErrors.wrongType("video", "a file", video.kind()).exception();
        }
        probe(upload.file());
        return characters.create(jobs.owner(), "char_" + RandomIds.hex(32), name, null);
    }

    VideoCharacter character(String id) {
        return characters.find(jobs.owner(), id).orElseThrow(() -> ApiError.notFound("Character with id '" + id
                + "' not found.").exception());
    }

    VideoJob find(String id) {
        return jobs.find(dialect, id);
    }

    Page<VideoJob> page(ListQuery query) {
        return jobs.page(dialect, query.after(), query.limit(), query.ascending());
    }

    DeletedVideoView delete(String id) {
        return jobs.delete(dialect, id).map(job -> DeletedVideoView.of(job.id()))
                .orElseThrow(() -> dialect.unknownJob(id).exception());
    }

    /** The video as the SDKs poll it, with the interval the real API asks them to wait. */
    Response poll(String id) {
        return Response.ok(view(find(id))).header("openai-poll-after-ms", pollAfterMs).build();
    }

    Response content(String id, String variant, String range, String ifNoneMatch) {
        return downloads.serve(dialect, id, variant, range, ifNoneMatch);
    }

    VideoView view(VideoJob job) {
        return VideoView.of(jobs.facts(job));
    }

    private VideoJob completed(String id, String verb) {
        VideoJob source = find(id);
        JobState state = jobs.stateOf(source);
        if (state.status() != JobStatus.COMPLETED) {
            throw ApiError.badRequest("Video '" + id + "' cannot be " + verb + " because its status is '"
                    + state.status().name().toLowerCase(Locale.ROOT) + "'. Only completed videos can be " + verb + ".",
                    null, null).exception();
        }
        return source;
    }

    private record Source(String id, VideoSpec spec, int extensions) {
    }

    /** The {@code video} of an edit or extension: a completed job of this key, or an uploaded video. */
    private Source source(RequestFields fields, String verb) {
        Field video = fields.field("video").orElseThrow(() -> FieldErrors.missing("video").exception());
        if (video instanceof Field.Upload upload) {
            VideoProbe.VideoInfo info = probe(upload.file());
            int seconds = Math.max(1, (int) Math.round(info.seconds()));
            return new Source(null, new VideoSpec(OpenAiRules.DEFAULT_MODEL, even(info.width()), even(info.height()),
                    seconds, null), 0);
        }
        if (!(video instanceof Field.Group)) {
            throw FieldErrors.wrongType("video", "an object", video.kind()).exception();
        }
        RequestFields reference = fields.group("video").orElseThrow().allowOnly(VIDEO_REFERENCE_FIELDS);
        VideoJob job = completed(reference.requiredText("id"), verb);
        return new Source(job.id(), job.spec(), job.details(OpenAiJobDetails.class).orElse(OpenAiJobDetails.NONE)
                .extensions());
    }

    private static VideoProbe.VideoInfo probe(UploadedFile file) {
        return VideoProbe.probe(file).orElseThrow(() -> ApiError.badRequest("Invalid file format for 'video'."
                + " Supported formats are: 'video/mp4' and 'video/quicktime'.", "video", "invalid_video_format")
                .exception());
    }

    private static int even(int pixels) {
        return Math.max(2, pixels + (pixels & 1));
    }
}
