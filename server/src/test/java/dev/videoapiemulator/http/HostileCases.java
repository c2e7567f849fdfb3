package dev.videoapiemulator.http;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Sends the generated requests of each category to the running emulator, one dynamic test per
 * category, which stops at its first wrongly refused request. Set {@code -Dhostile.seed=} to
 * explore other requests, or to make those of a reported failure again.
 */
final class HostileCases {

    static final long SEED = Long.getLong("hostile.seed", 20261201L);

    private final AtomicInteger categories = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();

    Stream<DynamicTest> tests(List<HostileCategory> all) {
        return all.stream().map(category -> DynamicTest.dynamicTest(category.name(), () -> {
            try {
                run(category);
            } finally {
                assertReady();
            }
        }));
    }

    private void run(HostileCategory category) {
        categories.incrementAndGet();
        for (int index = 0; index < category.cases(); index++) {
            HostileRequest request = category.generator().apply(Draw.forCase(SEED, category.name(), index));
            RawHttp.RawAnswer answer = HostileTarget.http().send(request);
            sent.incrementAndGet();
            try {
                category.verdict().accept(request, answer);
            } catch (AssertionError wrong) {
                throw new AssertionError(category.name() + ": case " + index + " of 0.." + (category.cases() - 1)
                        + ", seed " + SEED + " (-Dhostile.seed=" + SEED + " makes the same requests)\n"
                        + wrong.getMessage(), wrong);
            }
        }
    }

    /** Whatever a request did to the server, it must still take the next one. */
    static void assertReady() {
        RawHttp.RawAnswer ready = HostileTarget.http().send(HostileRequest.get("health", "/q/health/ready"));
        if (ready.status() != 200) {
            throw new AssertionError("GET /q/health/ready after the hostile requests: " + ready);
        }
    }

    String summary() {
        return categories.get() + " categories, " + sent.get() + " generated requests, seed " + SEED;
    }
}
