package dev.videoapiemulator.webhook;

import dev.videoapiemulator.scenario.WebhookEndpoint;
import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.engine.RandomIds;
import dev.videoapiemulator.scenario.FixtureSet;
import dev.videoapiemulator.scenario.Fixtures;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The OpenAI webhook endpoints in force: the configured one, those of the fixture files, and those
 * added through the control API, either for everyone or for one test id (which then receives only
 * the events of that test's jobs).
 */
@Singleton
public class WebhookEndpoints {

    /** An endpoint with its id, its source ({@code config}, {@code fixtures}, {@code runtime}) and its test. */
    public record Registered(String id, String source, String testId, WebhookEndpoint endpoint) {
    }

    /** Runtime endpoints for every test share this scope. */
    private static final String SHARED = "";

    private record FileEndpoints(FixtureSet source, List<Registered> endpoints) {
    }

    private final List<Registered> configured;
    private final Fixtures fixtures;
    private final ConcurrentHashMap<String, CopyOnWriteArrayList<Registered>> runtime = new ConcurrentHashMap<>();
    private volatile FileEndpoints fromFiles = new FileEndpoints(null, List.of());

    public WebhookEndpoints(EmulatorConfig config, Fixtures fixtures) {
        this.fixtures = fixtures;
        EmulatorConfig.Webhooks.Endpoint endpoint = config.webhooks().endpoint();
        this.configured = endpoint.url().map(url -> List.of(new Registered("whe_config", "config", null,
                new WebhookEndpoint(url, endpoint.secret().orElse(null), endpoint.events(),
                        endpoint.key().orElse(null))))).orElse(List.of());
    }

    /** Calls {@code action} with every endpoint that hears of the jobs of {@code owner}. */
    void forEachHearing(String owner, Consumer<Registered> action) {
        configured.forEach(action);
        fileEndpoints().forEach(action);
        if (runtime.isEmpty()) {
            return;
        }
        List<Registered> shared = runtime.get(SHARED);
        if (shared != null) {
            shared.forEach(action);
        }
        String testId = ApiCaller.testIdOf(owner);
        List<Registered> own = testId == null ? null : runtime.get(testId);
        if (own != null) {
            own.forEach(action);
        }
    }

    /** Every endpoint, or those a test's jobs are heard by when {@code testId} is given. */
    public List<Registered> list(String testId) {
        List<Registered> all = new ArrayList<>(configured);
        all.addAll(fileEndpoints());
        runtime.forEach((scope, endpoints) -> {
            if (testId == null || scope.equals(SHARED) || scope.equals(testId)) {
                all.addAll(endpoints);
            }
        });
        return all;
    }

    public Registered add(WebhookEndpoint endpoint, String testId) {
        Registered registered = new Registered("whe_" + RandomIds.hex(24), "runtime", testId, endpoint);
        runtime.computeIfAbsent(scope(testId), k -> new CopyOnWriteArrayList<>()).add(registered);
        return registered;
    }

    /** Removes a runtime endpoint by id; false when there is none. */
    public boolean remove(String id) {
        boolean removed = false;
        for (CopyOnWriteArrayList<Registered> endpoints : runtime.values()) {
            removed |= endpoints.removeIf(e -> e.id().equals(id));
        }
        return removed;
    }

    /** Drops the runtime endpoints of one test id, or all of them for null. */
    public void reset(String testId) {
        if (testId == null) {
            runtime.clear();
        } else {
            runtime.remove(testId);
        }
    }

    private List<Registered> fileEndpoints() {
        FixtureSet current = fixtures.current();
        FileEndpoints cached = fromFiles;
        if (cached.source() == current) {
            return cached.endpoints();
        }
        List<Registered> endpoints = IntStream.range(0, current.webhooks().size())
                .mapToObj(i -> new Registered("whe_fixture_" + (i + 1), "fixtures", null, current.webhooks().get(i)))
                .toList();
        fromFiles = new FileEndpoints(current, endpoints);
        return endpoints;
    }

    private static String scope(String testId) {
        return testId == null ? SHARED : testId;
    }
}
