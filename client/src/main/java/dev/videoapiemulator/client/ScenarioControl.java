package dev.videoapiemulator.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scenarios at run time, in the fixture files' format, for everyone or for the scoped test id. A
 * scenario the emulator refuses is a 400 {@link EmulatorException} naming the problem
 * ({@code invalid_scenario}).
 */
public final class ScenarioControl {

    private final Scope scope;

    ScenarioControl(Scope scope) {
        this.scope = scope;
    }

    /**
     * Adds one scenario written as JSON or YAML, replacing the one of the same name; answers it as
     * the emulator read it.
     */
    public Scenario add(String document) {
        // The emulator reads the body as YAML unless told it is JSON; a JSON object starts with '{'.
        String type = document.strip().startsWith("{") ? "application/json" : "application/yaml";
        return add(new RequestBody(type, document));
    }

    /** Adds the scenario a file holds, JSON or YAML. */
    public Scenario add(Path file) {
        try {
            return add(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scenario file " + file, e);
        }
    }

    public Scenario add(NewScenario scenario) {
        return add(RequestBody.json(scenario.document()));
    }

    public ScenarioSet list() {
        return scope.http().get("/scenarios", scope.scoped(), ScenarioSet.class);
    }

    /** Deletes a runtime scenario; an unknown name is a 404. */
    public void delete(String name) {
        scope.http().delete("/scenarios/" + UrlComponent.encode(name), scope.scoped());
    }

    /** Deletes the runtime scenarios (of the scoped test id, if any) and restarts the files' counts. */
    public void deleteAll() {
        scope.http().delete("/scenarios", scope.scoped());
    }

    private Scenario add(RequestBody body) {
        return scope.http().post("/scenarios", scope.scoped(), body, Scenario.class);
    }
}
