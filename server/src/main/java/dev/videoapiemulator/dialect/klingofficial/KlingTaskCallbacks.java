package dev.videoapiemulator.dialect.klingofficial;

import dev.videoapiemulator.engine.JobTransition;
import dev.videoapiemulator.webhook.StatusCallbacks;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Kling's {@code callback_url}: the task, as a query shows it at that instant, on every status change. */
@Singleton
public class KlingTaskCallbacks implements StatusCallbacks {

    @Inject
    KlingOfficialDialect dialect;

    @Override
    public Optional<Callback> callback(JobTransition transition, String baseUrl) {
        return Optional.of(transition.job()).filter(dialect::owns)
                .filter(job -> job.details(KlingTaskDetails.class).map(KlingTaskDetails::callbackUrl).isPresent())
                .map(job -> {
                    KlingTaskView task = KlingTaskView.of(job, transition.at(), baseUrl);
                    return new Callback(job.details(KlingTaskDetails.class).orElseThrow().callbackUrl(), task,
                            task.taskStatus());
                });
    }
}
