package dev.videoapiemulator.dialect.sorarelay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.engine.JobOrigin;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.VideoCharacter;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.api.CurrentCaller;
import dev.videoapiemulator.dialect.DialectJobs;
import dev.videoapiemulator.dialect.Downloads;
import dev.videoapiemulator.media.MediaVariant;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.request.Field;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.request.ImageProbe;
import dev.videoapiemulator.request.RequestFields;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The relay's operations: form fields in, validated engine calls out. */
@Singleton
public class SoraRelayVideos {

    private static final Set<String> CREATE_FIELDS = Set.of("model", "prompt", "seconds", "size", "input_reference",
            "watermark", "private", "metadata", "character_url", "character_timestamps", "character_from_task",
            "character_create");
    private static final Set<String> REMIX_FIELDS = Set.of("prompt", "watermark", "private");
    private static final Pattern TASK_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*:task_[0-9a-hjkmnp-tv-z]{26}");
    private static final Pattern REFERENCE_URL = Pattern.compile("(?i)(https?://\\S+|data:image/[a-z+.-]+;base64,\\S+)");

    @Inject
    SoraRelayDialect dialect;
    @Inject
    CurrentCaller caller;
    @Inject
    DialectJobs jobs;
    @Inject
    Downloads downloads;
    @Inject
    RelayCharacters characters;
    @Inject
    ObjectMapper mapper;

    VideoJob create(RequestFields fields) {
        fields.allowOnly(CREATE_FIELDS);
        SoraRelayRules.ModelRow model = SoraRelayRules.model(RelayFields.requiredText(fields, "model"));
        String prompt = SoraRelayRules.prompt(fields.requiredText("prompt"));
        Optional<Storyboard> storyboard = Storyboard.parse(prompt);
        String secondsValue = RelayFields.text(fields, "seconds")
                .orElseGet(() -> storyboard.map(board -> inferredSeconds(model, board)).orElse(SoraRelayRules.DEFAULT_SECONDS));
        int seconds = SoraRelayRules.seconds(model, caller.get().tier(), secondsValue);
        storyboard.ifPresent(board -> board.checkLength(seconds));
        SoraRelayRules.SizeRow size = SoraRelayRules.size(RelayFields.text(fields, "size"));
        boolean watermark = RelayFields.flag(fields, "watermark");
        boolean privateVideo = RelayFields.flag(fields, "private");
        boolean characterCreate = RelayFields.flag(fields, "character_create");
        JsonNode metadata = metadata(fields);
        checkReference(fields);
        boolean fromSource = characters.checkSource(fields, RelayCharacters.INLINE);
        if (privateVideo && (characterCreate || fromSource)) {
            throw FieldErrors.invalid("private", "A private video cannot be used for characters: drop 'private' or"
                    + " the character fields.").exception();
        }
        VideoCharacter character = characterCreate || fromSource ? characters.create() : null;
        VideoSpec spec = new VideoSpec(model.name(), size.width(), size.height(), seconds, prompt,
                overlay(storyboard, watermark));
        return jobs.create(dialect, spec, JobOrigin.fresh(),
                new SoraRelayJobDetails(privateVideo, metadata, character));
    }

    VideoJob remix(String sourceId, RequestFields fields) {
        fields.allowOnly(REMIX_FIELDS);
        String prompt = SoraRelayRules.prompt(fields.requiredText("prompt"));
        boolean watermark = RelayFields.flag(fields, "watermark");
        boolean privateVideo = RelayFields.flag(fields, "private");
        VideoJob source = jobs.lookup(dialect, sourceId)
                .orElseThrow(() -> ApiError.badRequest("task_origin_not_exist", null, "task_not_exist").exception());
        if (SoraRelayJobDetails.of(source).privateVideo()) {
            throw privateVideo(sourceId, "remixed", null).exception();
        }
        JobState state = jobs.stateOf(source);
        if (state.status() != JobStatus.COMPLETED) {
            throw ApiError.badRequest("Task '" + sourceId + "' cannot be remixed yet: only completed tasks can be"
                    + " remixed, and its status is " + SoraRelayDialect.internalStatus(state) + ".", null, null)
                    .exception();
        }
        VideoSpec from = source.spec();
        Optional<Storyboard> storyboard = Storyboard.parse(prompt).map(board -> board.checkLength(from.seconds()));
        VideoSpec spec = new VideoSpec(from.model(), from.width(), from.height(), from.seconds(), prompt,
                overlay(storyboard, watermark));
        return jobs.create(dialect, spec, new JobOrigin(JobOrigin.Kind.REMIX, source.id()),
                new SoraRelayJobDetails(privateVideo, null, null));
    }

    VideoJob find(String id) {
        return jobs.find(dialect, id);
    }

    SoraRelayVideoView view(VideoJob job, String contentUrl) {
        return SoraRelayVideoView.of(jobs.facts(job), SoraRelayJobDetails.of(job), contentUrl);
    }

    /** new-api's content proxy: the MP4 whatever {@code variant} says, which it ignores. */
    Response content(String id, String range, String ifNoneMatch) {
        VideoJob job = jobs.lookup(dialect, id).orElseThrow(() -> dialect.unknownContent().exception());
        return downloads.serve(dialect, job, job::id, MediaVariant.VIDEO, range, ifNoneMatch);
    }

    static boolean isTaskId(String id) {
        return TASK_ID.matcher(id).matches();
    }

    static ApiError privateVideo(String id, String use, String param) {
        return ApiError.badRequest("Task '" + id + "' was made with private=true, so it cannot be " + use + ".", param,
                "private_video");
    }

    /** Without {@code seconds}, a storyboard's total decides the length when it is one the model offers. */
    private static String inferredSeconds(SoraRelayRules.ModelRow model, Storyboard board) {
        double total = board.totalSeconds();
        String value = String.valueOf((long) total);
        return total == Math.rint(total) && SoraRelayRules.offers(model, value) ? value
                : SoraRelayRules.DEFAULT_SECONDS;
    }

    private static VideoSpec.Overlay overlay(Optional<Storyboard> storyboard, boolean watermark) {
        return new VideoSpec.Overlay(storyboard.map(Storyboard::shots).orElse(List.of()), watermark);
    }

    /** A JSON object sent as a string, as the relay's form carries it. */
    private JsonNode metadata(RequestFields fields) {
        Optional<String> text = RelayFields.text(fields, "metadata").filter(value -> !value.isBlank());
        if (text.isEmpty()) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(text.get());
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // answered below, as for any other value that is not an object
        }
        throw FieldErrors.invalid("metadata", "Invalid 'metadata': expected a JSON object encoded as a string, such as"
                + " '{\"order\":\"42\"}'.").exception();
    }

    /** An uploaded JPEG, PNG or WebP image, or the URL of one (never fetched). */
    private static void checkReference(RequestFields fields) {
        Optional<Field> field = fields.field("input_reference");
        if (field.isEmpty()) {
            return;
        }
        if (field.get() instanceof Field.Upload upload) {
            if (ImageProbe.probe(upload.file().head(64 * 1024)).isEmpty()) {
                throw ApiError.badRequest("Invalid file format for 'input_reference'. Supported formats are:"
                        + " 'image/jpeg', 'image/png', and 'image/webp'.", "input_reference", "invalid_image_format")
                        .exception();
            }
            return;
        }
        Optional<String> url = RelayFields.text(fields, "input_reference");
        if (url.isPresent() && !REFERENCE_URL.matcher(url.get().strip()).matches()) {
            throw FieldErrors.invalid("input_reference", "Invalid 'input_reference': expected an image file, an http(s)"
                    + " URL or a data:image/...;base64 URL.").exception();
        }
    }
}
