package dev.videoapiemulator.dialect.kling;

import com.fasterxml.jackson.databind.JsonNode;
import dev.videoapiemulator.engine.JobTransition;
import dev.videoapiemulator.webhook.StatusCallbacks;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Kling's {@code callback_url}: new-api passes the request's {@code metadata} through to Kling, so a
 * {@code metadata.callback_url} is called on every status change of the task, as Kling calls it.
 */
@Singleton
public class KlingCallbacks implements StatusCallbacks {

    static final String CALLBACK_URL = "callback_url";

    @Inject
    KlingDialect dialect;

    @Override
    public Optional<Callback> callback(JobTransition transition, String baseUrl) {
        return Optional.of(transition.job()).filter(dialect::owns).flatMap(job -> job.details(KlingJobDetails.class))
                .flatMap(KlingCallbacks::callbackUrl).map(url -> {
                    KlingCallbackBody body = KlingCallbackBody.of(transition, baseUrl);
                    return new Callback(url, body, body.taskStatus());
                });
    }

    /** The request's {@code metadata.callback_url}, when it names one. */
    static Optional<String> callbackUrl(KlingJobDetails details) {
        JsonNode url = details.metadata() == null ? null : details.metadata().get(CALLBACK_URL);
        return url == null || !url.isTextual() || url.asText().isBlank() ? Optional.empty() : Optional.of(url.asText());
    }
}
