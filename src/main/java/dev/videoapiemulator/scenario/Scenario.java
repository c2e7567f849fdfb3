package dev.videoapiemulator.scenario;

/** One scripted behaviour: when it applies, and what it does to the request, the job and its downloads. */
public record Scenario(String name, ScenarioMatch match, RequestAnswer respond, JobAnswer job,
        DownloadAnswer download) {

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("every scenario needs a name");
        }
        match = match == null ? ScenarioMatch.ANY : match;
        if (respond == null && job == null && download == null) {
            throw new IllegalArgumentException("a scenario needs respond, job or download");
        }
    }
}
