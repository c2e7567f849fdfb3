package dev.videoapiemulator.dialect;

import dev.videoapiemulator.engine.JobError;
import dev.videoapiemulator.engine.JobOrigin;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoSpec;
import java.time.Instant;
import java.util.Locale;

/**
 * What every dialect's view reports of a job at one instant, computed once: views pick the fields
 * and the units (seconds or milliseconds) their service uses.
 */
public record JobFacts(VideoJob job, JobState state, Instant expiresAt) {

    public static JobFacts of(VideoJob job, JobState state) {
        return new JobFacts(job, state, job.expiresAt(state));
    }

    public String id() {
        return job.id();
    }

    public VideoSpec spec() {
        return job.spec();
    }

    public String model() {
        return job.spec().model();
    }

    public JobStatus status() {
        return state.status();
    }

    /** queued, in_progress, completed or failed. */
    public String statusName() {
        return state.status().name().toLowerCase(Locale.ROOT);
    }

    public int progress() {
        return state.progress();
    }

    public boolean completed() {
        return state.status() == JobStatus.COMPLETED;
    }

    public JobError error() {
        return state.error();
    }

    /** The length as the APIs write it, a string of whole seconds. */
    public String seconds() {
        return String.valueOf(job.spec().seconds());
    }

    /** WIDTHxHEIGHT. */
    public String size() {
        return job.spec().width() + "x" + job.spec().height();
    }

    public long createdAtSeconds() {
        return job.createdAt().getEpochSecond();
    }

    public Long completedAtSeconds() {
        return seconds(state.completedAt());
    }

    public Long expiresAtSeconds() {
        return seconds(expiresAt);
    }

    /** The video this one remixes, or null. */
    public String remixedFrom() {
        return job.origin().kind() == JobOrigin.Kind.REMIX ? job.origin().sourceId() : null;
    }

    public static Long seconds(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
    }

    public static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
