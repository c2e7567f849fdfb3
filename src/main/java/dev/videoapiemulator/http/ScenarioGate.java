package dev.videoapiemulator.http;

import dev.videoapiemulator.scenario.RequestAnswer;
import dev.videoapiemulator.scenario.RequestFacts;
import dev.videoapiemulator.scenario.Scenario;
import dev.videoapiemulator.scenario.ScenarioBook;
import dev.videoapiemulator.scenario.ScenarioErrors;
import dev.videoapiemulator.scenario.ScenarioHit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.api.CurrentCaller;
import dev.videoapiemulator.journal.JournalEntryContext;
import dev.videoapiemulator.api.Profile;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Puts every dialect request before the scenarios once its body has been read, so that one place
 * serves all dialects. A taking scenario may delay the request, answer it with an error or a
 * broken response, or mark it so that the job it creates lives by the scenario.
 */
public class ScenarioGate {

    private static final Uni<Void> PASS = Uni.createFrom().voidItem();

    private final ScenarioBook book;
    private final ScenarioHit hit;
    private final CurrentCaller caller;
    private final ObjectMapper mapper;
    private final FaultWriter faults;
    private final JournalEntryContext journal;

    public ScenarioGate(ScenarioBook book, ScenarioHit hit, CurrentCaller caller, ObjectMapper mapper,
            FaultWriter faults, JournalEntryContext journal) {
        this.journal = journal;
        this.book = book;
        this.hit = hit;
        this.caller = caller;
        this.mapper = mapper;
        this.faults = faults;
    }

    @ServerRequestFilter(readBody = true)
    public Uni<Void> screen(ResteasyReactiveContainerRequestContext request, HttpServerRequest http) {
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
        journal.scenario(scenario.name());
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

    /** The body's text values: JSON (nested as parent.child) or multipart text parts (brackets as dots). */
    private Map<String, String> bodyFields(ResteasyReactiveContainerRequestContext request) {
        Map<String, String> fields = new HashMap<>();
        MediaType type = request.getMediaType();
        if (type == null) {
            return fields;
        }
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            try {
                byte[] body = request.getEntityStream().readAllBytes();
                request.setEntityStream(new ByteArrayInputStream(body));
                flatten("", mapper.readTree(body), fields);
            } catch (IOException e) {
                // An unreadable body is the endpoint's to refuse; it simply matches no field here.
                return fields;
            }
        } else {
            FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
            if (form != null) {
                for (String name : form) {
                    FormValue value = form.getFirst(name);
                    if (value != null && !value.isFileItem()) {
                        fields.put(name.replace("][", ".").replace('[', '.').replace("]", ""), value.getValue());
                    }
                }
            }
        }
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix + e.getKey() + (e.getValue().isObject() ? "." : ""), e.getValue(), out);
            }
        } else if (node.isValueNode() && !node.isNull()) {
            out.put(prefix, node.asText());
        }
    }
}
