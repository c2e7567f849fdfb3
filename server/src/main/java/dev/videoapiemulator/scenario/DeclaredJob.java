package dev.videoapiemulator.scenario;

/** A job of a fixture file with where it stands, so that any refusal names the file, line and field. */
public record DeclaredJob(JobFixture job, String file, int line, int index, boolean anyId) {

    /** A refusal of one of the job's fields ({@code null}: the job as a whole). */
    public FixtureException refusal(String field, String reason) {
        return new FixtureException(file + ":" + line + ": field jobs[" + index + "]"
                + (field == null ? "" : "." + field) + ": " + reason);
    }
}
