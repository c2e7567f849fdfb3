package dev.videoapiemulator.dialect.sorarelay;

import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.RandomIds;
import dev.videoapiemulator.engine.VideoCharacter;
import dev.videoapiemulator.engine.VideoCharacters;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.dialect.DialectJobs;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.request.RequestFields;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Characters cut from a span of a video: a completed, public task of the same key, or a URL. The
 * emulator never fetches a URL; one that points at its own {@code .../<task id>/content} names that
 * task and is checked like {@code from_task}, any other is checked for the form and span only.
 */
@Singleton
public class RelayCharacters {

    /** The parameter names of one way of asking for a character. */
    record Params(String url, String fromTask, String timestamps) {
    }

    static final Params INLINE = new Params("character_url", "character_from_task", "character_timestamps");
    static final Params STANDALONE = new Params("url", "from_task", "timestamps");

    private static final Pattern OWN_CONTENT = Pattern.compile("https?://[^/?#]+(?:/[^?#]*)?/([^/?#]+)/content/?(?:[?#].*)?");
    private static final Pattern URL = Pattern.compile("https?://[^\\s/?#]+\\S*", Pattern.CASE_INSENSITIVE);

    @Inject
    SoraRelayDialect dialect;
    @Inject
    DialectJobs jobs;
    @Inject
    VideoCharacters characters;

    /** Checks the source the fields name; false when they name none (and give no timestamps). */
    boolean checkSource(RequestFields fields, Params names) {
        Optional<String> url = RelayFields.text(fields, names.url());
        Optional<String> fromTask = RelayFields.text(fields, names.fromTask());
        Optional<String> timestamps = RelayFields.text(fields, names.timestamps());
        if (url.isPresent() && fromTask.isPresent()) {
            throw FieldErrors.invalid(names.fromTask(), "Provide either '" + names.url() + "' or '" + names.fromTask()
                    + "', not both.").exception();
        }
        if (url.isEmpty() && fromTask.isEmpty()) {
            if (timestamps.isPresent()) {
                throw FieldErrors.invalid(names.timestamps(), "'" + names.timestamps() + "' needs '" + names.url()
                        + "' or '" + names.fromTask() + "' to say which video the character is in.").exception();
            }
            return false;
        }
        CharacterSpan span = CharacterSpan.parse(names.timestamps(), timestamps.orElseThrow(
                () -> FieldErrors.missing(names.timestamps()).exception()));
        Optional<VideoJob> source = fromTask.isPresent() ? Optional.of(task(names.fromTask(), fromTask.get()))
                : ownContent(names.url(), url.get());
        source.ifPresent(job -> span.checkWithin(names.timestamps(), job.spec().seconds()));
        return true;
    }

    VideoCharacter create() {
        return characters.create(jobs.owner(), "ch_" + RandomIds.hex(32), username(), null);
    }

    private Optional<VideoJob> ownContent(String param, String url) {
        if (!URL.matcher(url).matches()) {
            throw FieldErrors.invalid(param, "Invalid '" + param + "': expected an http(s) URL of a video, but got '"
                    + url + "'.").exception();
        }
        Matcher content = OWN_CONTENT.matcher(url);
        if (!content.matches()) {
            return Optional.empty();
        }
        String id = URLDecoder.decode(content.group(1), StandardCharsets.UTF_8);
        return SoraRelayVideos.isTaskId(id) ? Optional.of(task(param, id)) : Optional.empty();
    }

    /** A task of this key that has completed and is not private. */
    private VideoJob task(String param, String id) {
        VideoJob job = jobs.lookup(dialect, id).orElseThrow(() -> FieldErrors.invalid(param, "Invalid '" + param
                + "': task '" + id + "' does not exist for this API key.").exception());
        JobStatus status = jobs.stateOf(job).status();
        if (status != JobStatus.COMPLETED) {
            throw FieldErrors.invalid(param, "Invalid '" + param + "': task '" + id + "' is "
                    + status.name().toLowerCase(Locale.ROOT) + "; characters are made from completed tasks only.")
                    .exception();
        }
        if (SoraRelayJobDetails.of(job).privateVideo()) {
            throw SoraRelayVideos.privateVideo(id, "used for characters", param).exception();
        }
        return job;
    }

    /** Two lowercase words joined by a dot, as the relay's usernames look. */
    private static String username() {
        return word(9) + "." + word(10);
    }

    private static String word(int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(out);
    }
}
