package dev.videoapiemulator.dialect.soratask;

import dev.videoapiemulator.engine.JobTransition;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.webhook.StatusCallbacks;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The task API's {@code notify_hook}: when the task ends, the query answer's {@code data} is posted there. */
@Singleton
public class SoraTaskCallbacks implements StatusCallbacks {

    @Inject
    SoraTaskDialect dialect;

    @Override
    public Optional<Callback> callback(JobTransition transition, String baseUrl) {
        VideoJob job = transition.job();
        if (!transition.status().terminal() || !dialect.owns(job) || SoraTaskDetails.of(job).notifyHook().isEmpty()) {
            return Optional.empty();
        }
        TaskView task = TaskView.of(job, job.stateAt(transition.at()), baseUrl);
        return Optional.of(new Callback(SoraTaskDetails.of(job).notifyHook(), task, task.status()));
    }
}
