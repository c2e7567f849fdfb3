package dev.videoapiemulator.scenario;

/**
 * One scripted behaviour: when it applies, and what it does to the request, the job, its downloads
 * and its notifications.
 */
public record Scenario(String name, ScenarioMatch match, RequestAnswer respond, JobAnswer job,
        DownloadAnswer download, WebhookAnswer webhook) {

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("every scenario needs a name");
        }
        match = match == null ? ScenarioMatch.ANY : match;
        if (respond == null && job == null && download == null && webhook == null) {
            throw new IllegalArgumentException("a scenario needs respond, job, download or webhook");
        }
    }
}
