package dev.videoapiemulator.scenario;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The scenarios in force: those added at run time (for one test id, or for everyone), then those of
 * the fixture files. The first scenario that takes a request answers it. A reload of the files, or
 * a reset, starts every count and random sequence afresh.
 */
// A singleton, not a proxied bean: it is called on every request.
@Singleton
public class ScenarioBook {

    /** Runtime scenarios for every test share this scope. */
    static final String SHARED = "";

    private record FileScenarios(FixtureSet source, List<ScenarioEntry> entries) {
    }

    @Inject
    Fixtures fixtures;
    private final ConcurrentHashMap<String, CopyOnWriteArrayList<ScenarioEntry>> runtime = new ConcurrentHashMap<>();
    private volatile FileScenarios fromFiles = new FileScenarios(null, List.of());

    /** True when no scenario could take any request, so requests need not be examined at all. */
    public boolean empty() {
        return runtime.isEmpty() && fileEntries().isEmpty();
    }

    public Optional<Scenario> match(RequestFacts facts, String testId) {
        if (testId != null) {
            Optional<Scenario> own = firstTaking(runtime.get(testId), facts);
            if (own.isPresent()) {
                return own;
            }
        }
        Optional<Scenario> shared = firstTaking(runtime.get(SHARED), facts);
        return shared.isPresent() ? shared : firstTaking(fileEntries(), facts);
    }

    public List<Scenario> runtimeScenarios(String testId) {
        List<ScenarioEntry> entries = runtime.getOrDefault(scope(testId), new CopyOnWriteArrayList<>());
        return entries.stream().map(ScenarioEntry::scenario).toList();
    }

    public List<Scenario> fileScenarios() {
        return fileEntries().stream().map(ScenarioEntry::scenario).toList();
    }

    /** Adds a scenario, or replaces the one of the same name; returns true if it replaced one. */
    public boolean put(Scenario scenario, String testId) {
        CopyOnWriteArrayList<ScenarioEntry> entries = runtime.computeIfAbsent(scope(testId),
                k -> new CopyOnWriteArrayList<>());
        ScenarioEntry entry = new ScenarioEntry(scenario, fixtures.current().seed());
        synchronized (entries) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).scenario().name().equals(scenario.name())) {
                    entries.set(i, entry);
                    return true;
                }
            }
            entries.add(entry);
            return false;
        }
    }

    public boolean remove(String name, String testId) {
        CopyOnWriteArrayList<ScenarioEntry> entries = runtime.get(scope(testId));
        return entries != null && entries.removeIf(e -> e.scenario().name().equals(name));
    }

    /** Drops the runtime scenarios of one test id (or all, for null) and restarts the files' counts. */
    public void reset(String testId) {
        if (testId == null) {
            runtime.clear();
        } else {
            runtime.remove(testId);
        }
        fromFiles = new FileScenarios(null, List.of());
    }

    private List<ScenarioEntry> fileEntries() {
        FixtureSet current = fixtures.current();
        FileScenarios cached = fromFiles;
        if (cached.source() == current) {
            return cached.entries();
        }
        synchronized (this) {
            if (fromFiles.source() != current) {
                fromFiles = new FileScenarios(current,
                        current.scenarios().stream().map(s -> new ScenarioEntry(s, current.seed())).toList());
            }
            return fromFiles.entries();
        }
    }

    private static Optional<Scenario> firstTaking(List<ScenarioEntry> entries, RequestFacts facts) {
        if (entries == null) {
            return Optional.empty();
        }
        for (ScenarioEntry entry : entries) {
            if (entry.takes(facts)) {
                return Optional.of(entry.scenario());
            }
        }
        return Optional.empty();
    }

    private static String scope(String testId) {
        return testId == null ? SHARED : testId;
    }
}
