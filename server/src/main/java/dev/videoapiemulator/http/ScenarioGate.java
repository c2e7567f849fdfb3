package dev.videoapiemulator.http;

import dev.videoapiemulator.scenario.RequestAnswer;
import dev.videoapiemulator.scenario.RequestFacts;
import dev.videoapiemulator.scenario.Scenario;
import dev.videoapiemulator.scenario.ScenarioBook;
import dev.videoapiemulator.scenario.ScenarioErrors;
import dev.videoapiemulator.scenario.ScenarioHit;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.api.ApiException;
import dev.videoapiemulator.api.CurrentCaller;
import dev.videoapiemulator.request.FormBodies;
import dev.videoapiemulator.request.RequestFields;
import dev.videoapiemulator.api.Profile;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Puts every dialect request before the scenarios once its body has been read, so that one place
 * serves all dialects. A taking scenario may delay the request, answer it with an error or a
 * broken response, or mark it so that the job it creates lives by the scenario.
 */
public class ScenarioGate {

    /** Where the name of the scenario that took a request is left for the request journal. */
    public static final String MATCHED_SCENARIO = "emulator.matched-scenario";

    private static final Uni<Void> PASS = Uni.createFrom().voidItem();

    private final ScenarioBook book;
    private final ScenarioHit hit;
    private final CurrentCaller caller;
    private final ObjectMapper mapper;
    private final FaultWriter faults;

    public ScenarioGate(ScenarioBook book, ScenarioHit hit, CurrentCaller caller, ObjectMapper mapper,
            FaultWriter faults) {
        this.book = book;
        this.hit = hit;
        this.caller = caller;
        this.mapper = mapper;
        this.faults = faults;
    }

    @ServerRequestFilter(readBody = true)
    public Uni<Void> screen(ResteasyReactiveContainerRequestContext request, HttpServerRequest http,
            RoutingContext routing) {
        // The empty book is the common case: answer it before touching any request-scoped bean.
        if (book.empty()) {
            return PASS;
        }
        Profile profile = caller.profile();
        if (profile == null) {
            return PASS;
        }
        String path = request.getUriInfo().getPath().substring(profile.root().length());
        RequestFacts facts = new RequestFacts(profile.name(), request.getMethod(), path, caller.get().key(),
                request::getHeaderString, () -> bodyFields(request));
        Scenario scenario = book.match(facts, caller.get().testId()).orElse(null);
        if (scenario == null) {
            return PASS;
        }
        hit.set(scenario);
        routing.put(MATCHED_SCENARIO, scenario.name());
        RequestAnswer answer = scenario.respond();
        if (answer == null) {
            return PASS;
        }
        Duration delay = delayOf(answer);
        Uni<Void> waited = delay.isZero() ? PASS : PASS.onItem().delayIt().by(delay);
        if (answer.fault() != null) {
            return waited.invoke(() -> faults.write(answer.fault(), request, http));
        }
        if (answer.status() != null) {
            return waited.invoke(() -> {
                throw ScenarioErrors.of(answer.status(), answer.error(), answer.headers()).exception();
            });
        }
        return waited;
    }

    private static Duration delayOf(RequestAnswer answer) {
        Duration min = answer.delay() == null ? Duration.ZERO : answer.delay();
        if (answer.delayMax() == null) {
            return min;
        }
        long span = answer.delayMax().toMillis() - min.toMillis();
        return min.plusMillis(span <= 0 ? 0 : ThreadLocalRandom.current().nextLong(span + 1));
    }

    /** The body's scalar values by name, as the endpoint will read them; an unreadable body has none. */
    private Map<String, String> bodyFields(ResteasyReactiveContainerRequestContext request) {
        MediaType type = request.getMediaType();
        try {
            if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                byte[] body = request.getEntityStream().readAllBytes();
                request.setEntityStream(new ByteArrayInputStream(body));
                return RequestFields.fromJson(mapper, body).scalars();
            }
            return FormBodies.of(request).map(form -> RequestFields.fromMultipart(form).scalars()).orElse(Map.of());
        } catch (IOException | ApiException e) {
            // An unreadable body is the endpoint's to refuse; it simply matches no field here.
            return Map.of();
        }
    }
}
