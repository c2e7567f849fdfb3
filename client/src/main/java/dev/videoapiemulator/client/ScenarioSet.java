package dev.videoapiemulator.client;

import java.util.List;

/** The scenarios in force: those added at run time (for the scoped test id, if any), then the fixture files' ones. */
public record ScenarioSet(List<Scenario> runtime, List<Scenario> files) {

    // The emulator leaves an empty list out of its answer.
    public ScenarioSet {
        runtime = runtime == null ? List.of() : List.copyOf(runtime);
        files = files == null ? List.of() : List.copyOf(files);
    }
}
