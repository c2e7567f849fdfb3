package dev.videoapiemulator.journal;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.auth.KeyDirectory;
import dev.videoapiemulator.engine.Clocks;
import dev.videoapiemulator.http.ScenarioGate;
import dev.videoapiemulator.profile.ProfilePaths;
import dev.videoapiemulator.profile.RouterErrors;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Records every API request when its response ends. It works on the router, ahead of everything
 * else, so requests answered below the REST layer (unknown paths, bodies over the limit) are
 * recorded too, with the status the client really got.
 */
@ApplicationScoped
public class JournalRecorder {

    @Inject
    RequestJournal journal;
    @Inject
    Clocks clocks;

    /** Installed before the routes of the default priority, which may answer without going further. */
    void install(@Observes @Priority(Interceptor.Priority.APPLICATION) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::open);
    }

    private void open(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (ProfilePaths.isApiPath(request.path())) {
            String testId = ApiCaller.testIdFrom(request.getHeader(ApiCaller.TEST_ID_HEADER));
            JournalDraft draft = new JournalDraft(clocks.now(testId).toEpochMilli(), System.nanoTime(),
                    request.method().name(), request.path(), request.query(),
                    KeyDirectory.bearerKey(request.getHeader(HttpHeaders.AUTHORIZATION)), testId,
                    journal.capture().headers(request.headers()), RouterErrors.declaredLength(
                            request.getHeader(HttpHeaders.CONTENT_LENGTH)));
            ctx.put(JournalDraft.CONTEXT_KEY, draft);
            ctx.addEndHandler(ended -> {
                String scenario = ctx.get(ScenarioGate.MATCHED_SCENARIO);
                if (scenario != null) {
                    draft.scenario(scenario);
                }
                journal.record(draft, ctx.response().getStatusCode(), System.nanoTime());
            });
        }
        ctx.next();
    }
}
