package dev.videoapiemulator.dialect;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.DeclaresProfile;
import dev.videoapiemulator.api.ErrorShape;
import dev.videoapiemulator.api.Profile;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.Reporting;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoSpec;
import java.time.Instant;
import java.util.Locale;

/**
 * A dialect, declared once: its profile (name, root path, description, error shape), how its job
 * ids look, and how it words an unknown id and a download that cannot be served. Each dialect
 * package has one as a bean; the profile list, routing, ownership and downloads all derive from it.
 * The download words default to those of OpenAI's shape, which most relays copy.
 */
public abstract class Dialect implements DeclaresProfile {

    /** The real API's words, whatever download window a scenario set. */
    static final String OPENAI_EXPIRED = "The video is no longer available. Downloads expire after 1 hours.";

    private final Profile profile;

    protected Dialect(String name, String root, String description, ErrorShape errors) {
        this.profile = new Profile(name, root, description, errors);
    }

    /** A dialect whose callers sign tokens, or which also serves paths under another profile's prefix. */
    protected Dialect(Profile profile) {
        this.profile = profile;
    }

    @Override
    public final Profile profile() {
        return profile;
    }

    public final String name() {
        return profile.name();
    }

    /** The one ownership rule: a job belongs to the dialect that made it, and no other dialect sees it. */
    public final boolean owns(VideoJob job) {
        return profile.name().equals(job.dialect());
    }

    /** Which status changes of a new job with these details anyone listens for: its end, by default. */
    public Reporting reporting(Object details) {
        return Reporting.END;
    }

    /** A new job's id in this service's format. */
    public abstract String newJobId(Instant createdAt, VideoSpec spec);

    /** The answer to an id the caller has no job under here: another key's and another dialect's ids alike. */
    public ApiError unknownJob(String id) {
        return ApiError.notFound("Video with id '" + id + "' not found.");
    }

    public ApiError notReady(VideoJob job, JobState state) {
        return ApiError.badRequest("Video '" + job.id() + "' is not ready yet: its status is '"
                + state.status().name().toLowerCase(Locale.ROOT) + "'. Download it once it is 'completed'.", null,
                null);
    }

    public ApiError failed(VideoJob job, JobState state) {
        return ApiError.badRequest("Video '" + job.id() + "' failed to generate, so it has no content to download.",
                null, null);
    }

    public ApiError expired(VideoJob job) {
        return ApiError.notFound(OPENAI_EXPIRED);
    }
}
