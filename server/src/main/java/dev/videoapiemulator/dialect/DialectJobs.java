package dev.videoapiemulator.dialect;

import dev.videoapiemulator.api.CurrentCaller;
import dev.videoapiemulator.engine.JobOrigin;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.Page;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.scenario.ScenarioHit;
import dev.videoapiemulator.scenario.ScenarioJobScripts;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Jobs as one dialect sees them for the calling key: it creates its own, and finds, lists and
 * deletes only its own, so another dialect's or another key's id is answered exactly as an unknown
 * one, in the asking dialect's words.
 */
// A singleton, not a proxied bean: it is called on every request.
@Singleton
public class DialectJobs {

    @Inject
    VideoJobs jobs;
    @Inject
    ScenarioJobScripts scripts;
    @Inject
    ScenarioHit hit;
    @Inject
    CurrentCaller caller;

    /** A new job of the dialect, living as the scenario that took the request (if any) scripts it. */
    public VideoJob create(Dialect dialect, VideoSpec spec, JobOrigin origin, Object details) {
        return jobs.create(owner(), dialect.name(), at -> dialect.newJobId(at, spec), spec, origin,
                scripts.scriptFor(spec, hit.get()), details, dialect.reporting(details));
    }

    public Optional<VideoJob> lookup(Dialect dialect, String id) {
        return jobs.find(owner(), id).filter(dialect::owns);
    }

    public VideoJob find(Dialect dialect, String id) {
        return lookup(dialect, id).orElseThrow(() -> dialect.unknownJob(id).exception());
    }

    public Page<VideoJob> page(Dialect dialect, String afterId, int limit, boolean ascending) {
        return jobs.page(owner(), afterId, limit, ascending, dialect::owns);
    }

    /** Up to {@code limit} of the key's jobs of this dialect that {@code include} also accepts, newest first. */
    public Page<VideoJob> newest(Dialect dialect, Predicate<VideoJob> include, int limit) {
        return jobs.page(owner(), null, limit, false, job -> dialect.owns(job) && include.test(job));
    }

    public Optional<VideoJob> delete(Dialect dialect, String id) {
        return lookup(dialect, id).flatMap(job -> jobs.delete(owner(), job.id()));
    }

    /** Who owns what this request makes and sees: its key, within its test id. */
    public String owner() {
        return caller.owner();
    }

    /** On the calling test's clock: a declared job is seen by many tests, each on its own time. */
    public JobState stateOf(VideoJob job) {
        return job.stateAt(now());
    }

    public JobFacts facts(VideoJob job) {
        return JobFacts.of(job, stateOf(job));
    }

    /** The time on the calling test's clock. */
    public Instant now() {
        return jobs.now(owner());
    }
}
