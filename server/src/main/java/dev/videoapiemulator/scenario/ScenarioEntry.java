package dev.videoapiemulator.scenario;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A scenario in force, with what it has seen: how many requests matched it (for {@code after} and
 * {@code times}) and its own random sequence, seeded from the file's seed and its name.
 */
final class ScenarioEntry {

    private final Scenario scenario;
    private final AtomicLong matched = new AtomicLong();
    private final SplittableRandom random;

    ScenarioEntry(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.random = new SplittableRandom(seed * 31 + scenario.name().hashCode());
    }

    Scenario scenario() {
        return scenario;
    }

    /** True when this request is one the scenario takes; counts it if the criteria hold. */
    boolean takes(RequestFacts facts) {
        ScenarioMatch m = scenario.match();
        if (!criteriaHold(m, facts)) {
            return false;
        }
        long n = matched.incrementAndGet();
        int skip = m.after() == null ? 0 : m.after();
        if (n <= skip || m.times() != null && n > skip + m.times()) {
            return false;
        }
        return m.probability() == null || nextDouble() < m.probability();
    }

    private synchronized double nextDouble() {
        return random.nextDouble();
    }

    private static boolean criteriaHold(ScenarioMatch m, RequestFacts facts) {
        if (!equalOrUnset(m.profile(), facts.profile()) || m.method() != null
                && !m.method().equalsIgnoreCase(facts.method()) || !equalOrUnset(m.path(), facts.path())
                || m.pathRegex() != null && !m.pathRegex().matcher(facts.path()).matches()
                || !equalOrUnset(m.key(), facts.key())) {
            return false;
        }
        for (Map.Entry<String, String> header : m.headers().entrySet()) {
            if (!header.getValue().equals(facts.header(header.getKey()))) {
                return false;
            }
        }
        if (!m.readsBody()) {
            return true;
        }
        String prompt = facts.field("prompt");
        if (m.promptContains() != null && (prompt == null || !prompt.contains(m.promptContains()))
                || m.promptRegex() != null && (prompt == null || !m.promptRegex().matcher(prompt).find())
                || !equalOrUnset(m.model(), facts.field("model")) || !equalOrUnset(m.size(), facts.field("size"))
                || !equalOrUnset(m.seconds(), facts.field("seconds"))) {
            return false;
        }
        for (Map.Entry<String, String> field : m.fields().entrySet()) {
            if (!field.getValue().equals(facts.field(field.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalOrUnset(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }
}
