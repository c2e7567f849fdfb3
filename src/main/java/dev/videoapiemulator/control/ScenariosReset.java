package dev.videoapiemulator.control;

import dev.videoapiemulator.scenario.ScenarioBook;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code scenarios} part: runtime scenarios go, and the files' scenarios count from zero again. */
@ApplicationScoped
public class ScenariosReset implements Resettable {

    private final ScenarioBook book;

    public ScenariosReset(ScenarioBook book) {
        this.book = book;
    }

    @Override
    public String part() {
        return "scenarios";
    }

    @Override
    public void reset(String testId) {
        book.reset(testId);
    }
}
