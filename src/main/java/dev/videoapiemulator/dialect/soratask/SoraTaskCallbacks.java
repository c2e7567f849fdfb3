package dev.videoapiemulator.dialect.soratask;

import dev.videoapiemulator.engine.JobTransition;
import dev.videoapiemulator.webhook.StatusCallbacks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The task API's {@code notify_hook}: when the task ends, the query answer's {@code data} is posted there. */
@ApplicationScoped
public class SoraTaskCallbacks implements StatusCallbacks {

    @Override
    public Optional<Callback> callback(JobTransition transition, String baseUrl) {
        if (!transition.status().terminal() || !(transition.job().details() instanceof SoraTaskDetails details)
                || details.notifyHook().isEmpty()) {
            return Optional.empty();
        }
        TaskView task = TaskView.of(transition.job(), transition.job().stateAt(transition.at()), baseUrl);
        return Optional.of(new Callback(details.notifyHook(), task, task.status()));
    }
}
