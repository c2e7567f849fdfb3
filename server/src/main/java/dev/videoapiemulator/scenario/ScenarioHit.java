package dev.videoapiemulator.scenario;

import jakarta.enterprise.context.RequestScoped;

/** The scenario that took the request being served, if any: the job it creates lives by it. */
@RequestScoped
public class ScenarioHit {

    private Scenario scenario;

    public void set(Scenario scenario) {
        this.scenario = scenario;
    }

    public Scenario get() {
        return scenario;
    }
}
