package dev.videoapiemulator.dialect;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.videoapiemulator.api.ApiException;
import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.engine.JobOrigin;
import dev.videoapiemulator.engine.JobOutcome;
import dev.videoapiemulator.engine.JobScript;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.JobTimeline;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.scenario.DeclaredJob;
import dev.videoapiemulator.scenario.FixtureException;
import dev.videoapiemulator.scenario.FixtureFieldError;
import dev.videoapiemulator.scenario.FixtureSet;
import dev.videoapiemulator.scenario.FixtureTime;
import dev.videoapiemulator.scenario.JobDeclarations;
import dev.videoapiemulator.scenario.JobFixture;
import dev.videoapiemulator.scenario.ScenarioJobScripts;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the jobs fixture files declare as their profiles' own: the id in the dialect's shape, the
 * status in its words, the details it keeps. A declared status is what the job shows at load; a
 * queued or running one then lives on as a created job does.
 */
@Singleton
public class DeclaredJobReader implements JobDeclarations {

    @Inject
    Instance<Dialect> dialects;
    @Inject
    EmulatorConfig config;

    @Override
    public List<VideoJob> read(FixtureSet set, Instant loadedAt) throws FixtureException {
        Map<String, Dialect> byName = dialects.stream()
                .collect(Collectors.toMap(Dialect::name, Function.identity()));
        List<VideoJob> jobs = new ArrayList<>(set.jobs().size());
        for (DeclaredJob declared : set.jobs()) {
            jobs.add(read(declared, byName, set, loadedAt));
        }
        return jobs;
    }

    private VideoJob read(DeclaredJob declared, Map<String, Dialect> byName, FixtureSet set, Instant loadedAt)
            throws FixtureException {
        JobFixture job = declared.job();
        Dialect dialect = byName.get(job.profile());
        if (dialect == null) {
            throw declared.refusal("profile", "unknown profile '" + job.profile() + "' (known: "
                    + new TreeSet<>(byName.keySet()) + ")");
        }
        if (!declared.anyId() && !dialect.jobIds().matches(job.id())) {
            throw declared.refusal("id", "'" + job.id() + "' is not a " + dialect.name() + " job id ("
                    + dialect.jobIds().description() + "); a file with job_ids: any declares ids of any shape");
        }
        JobStatus status = dialect.statusWords().get(job.status());
        if (status == null) {
            throw declared.refusal("status", "profile " + dialect.name() + " has no status '" + job.status()
                    + "' (its statuses: " + new TreeSet<>(dialect.statusWords().keySet()) + ")");
        }
        try {
            return job(declared, dialect, status, set, loadedAt);
        } catch (FixtureFieldError e) {
            throw declared.refusal(e.field(), e.getMessage());
        } catch (ApiException e) {
            throw declared.refusal("details." + e.error().param(), e.error().message());
        }
    }

    private VideoJob job(DeclaredJob declared, Dialect dialect, JobStatus status, FixtureSet set, Instant loadedAt) {
        JobFixture job = declared.job();
        VideoSpec defaults = dialect.declaredDefaults();
        VideoSpec spec = new VideoSpec(Objects.requireNonNullElse(job.model(), defaults.model()),
                job.size() == null ? defaults.width() : job.width(),
                job.size() == null ? defaults.height() : job.height(),
                Objects.requireNonNullElse(job.seconds(), defaults.seconds()),
                Objects.requireNonNullElse(job.prompt(), defaults.prompt()));
        Instant created = created(job, loadedAt);
        JobScript script = ScenarioJobScripts.plain(set.timings(), config.jobs(), spec);
        JobTimeline timeline = timeline(job, status, created, loadedAt, script);
        Duration window = window(job, status, timeline.endsAt(), loadedAt, script.downloadWindow());
        JobOrigin origin = job.remixedFrom() == null ? JobOrigin.fresh()
                : new JobOrigin(JobOrigin.Kind.REMIX, job.remixedFrom());
        Object details;
        try {
            details = dialect.declaredDetails(new DeclaredDetails(job.id(), spec, created,
                    job.details() == null ? JsonNodeFactory.instance.objectNode() : job.details()));
        } catch (FixtureFieldError e) {
            throw new FixtureFieldError("details." + e.field(), e.getMessage());
        }
        return new VideoJob(job.id(), job.key() == null ? VideoJobs.EVERY_KEY : job.key(), 0, dialect.name(),
                created, spec, origin, timeline, window, null, null, null, details);
    }

    /** When the job was created: as declared, else at load, or when it ended if that was earlier. */
    private static Instant created(JobFixture job, Instant loadedAt) {
        if (job.created() != null) {
            return job.created().resolve(loadedAt);
        }
        Instant ended = job.completed() == null ? loadedAt : job.completed().resolve(loadedAt);
        return ended.isBefore(loadedAt) ? ended : loadedAt;
    }

    /** Queued and running jobs go on from where they stand at load; ended ones ended when the fixture says. */
    private static JobTimeline timeline(JobFixture job, JobStatus status, Instant created, Instant loadedAt,
            JobScript script) {
        boolean ended = status.terminal();
        only(job.completed() == null || ended, "completed", "only a completed or failed job has a completion time");
        only(job.error() == null || status == JobStatus.FAILED, "error", "only a failed job has an error");
        only(job.progress() == null || status == JobStatus.IN_PROGRESS || status == JobStatus.FAILED, "progress",
                "a " + status.name().toLowerCase(Locale.ROOT) + " job's progress is "
                        + (status == JobStatus.COMPLETED ? 100 : 0) + "; only a running or failed job sets it");
        int progress = Objects.requireNonNullElse(job.progress(), 0);
        return switch (status) {
            case QUEUED -> {
                Instant starts = loadedAt.plus(script.queued());
                yield new JobTimeline(starts, starts.plus(script.processing()), new JobOutcome.Completed());
            }
            case IN_PROGRESS -> {
                Instant starts = loadedAt.minus(script.processing().multipliedBy(progress).dividedBy(100));
                yield new JobTimeline(starts, starts.plus(script.processing()), new JobOutcome.Completed());
            }
            case COMPLETED -> atOnce(finished(job.completed(), created, loadedAt), new JobOutcome.Completed());
            case FAILED -> atOnce(finished(job.completed(), created, loadedAt),
                    new JobOutcome.Failed(ScenarioJobScripts.failure(job.error()), progress));
        };
    }

    private static JobTimeline atOnce(Instant at, JobOutcome outcome) {
        return new JobTimeline(at, at, outcome);
    }

    /** When an ended job ended: as declared, else at load (or at its creation, if that is later). */
    private static Instant finished(FixtureTime completed, Instant created, Instant loadedAt) {
        if (completed == null) {
            return created.isAfter(loadedAt) ? created : loadedAt;
        }
        Instant at = completed.resolve(loadedAt);
        only(!at.isBefore(created), "completed", "completed (" + at + ") is before created (" + created + ")");
        return at;
    }

    /** How long downloads last: until {@code expires} (in the past for an expired job), else the set's window. */
    private static Duration window(JobFixture job, JobStatus status, Instant endsAt, Instant loadedAt,
            Duration usual) {
        if (job.expires() == null) {
            return usual;
        }
        only(status == JobStatus.COMPLETED, "expires", "only a completed job has downloads that expire");
        Instant expires = job.expires().resolve(loadedAt);
        only(!expires.isBefore(endsAt), "expires", "expires (" + expires + ") is before completed (" + endsAt + ")");
        return Duration.between(endsAt, expires);
    }

    private static void only(boolean allowed, String field, String reason) {
        if (!allowed) {
            throw new FixtureFieldError(field, reason);
        }
    }
}
