package dev.videoapiemulator.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The emulator's control API ({@code /__emulator}) from test code. Immutable: the admin token and
 * the test id are set on copies, so one instance per test id can be kept and shared freely.
 *
 * <pre>{@code
 * EmulatorControl emulator = EmulatorControl.connect("http://127.0.0.1:8080").withTestId("suite-a");
 * emulator.clock().advance(Duration.ofMinutes(1));
 * emulator.journal().verify(2, JournalFilter.any().method("GET").pathRegex("/v1/videos/.*"));
 * }</pre>
 */
public final class EmulatorControl {

    /** The parts a reset can be limited to. */
    public enum Part {
        JOBS, JOURNAL, SCENARIOS, RATE_LIMITS, WEBHOOKS,
        /** Last: the clock refuses to go back while jobs live on its time, so they must be gone by then. */
        CLOCK;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String READY_PATH = "/q/health/ready";
    private static final Duration READY_CHECK_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration FIRST_READY_WAIT = Duration.ofMillis(10);
    private static final Duration LONGEST_READY_WAIT = Duration.ofMillis(200);

    private final Scope scope;

    private EmulatorControl(Scope scope) {
        this.scope = scope;
    }

    /** The emulator at {@code baseUrl}, such as {@code http://127.0.0.1:8080}, with or without a trailing slash. */
    public static EmulatorControl connect(String baseUrl) {
        return connect(URI.create(Objects.requireNonNull(baseUrl, "baseUrl")));
    }

    public static EmulatorControl connect(URI baseUri) {
        return new EmulatorControl(new Scope(ControlHttp.to(Objects.requireNonNull(baseUri, "baseUri")), null));
    }

    /**
     * A copy that sends {@code Authorization: Bearer <token>}, for an emulator started with
     * {@code emulator.control.token}.
     */
    public EmulatorControl withAdminToken(String token) {
        return new EmulatorControl(new Scope(scope.http().withAdminToken(Objects.requireNonNull(token, "token")),
                scope.testId()));
    }

    /**
     * A copy scoped to one test id: it lists, counts, adds and resets only what belongs to that test,
     * as the video APIs do for requests with {@code X-Emulator-Test-Id}.
     */
    public EmulatorControl withTestId(String testId) {
        if (testId == null || testId.isBlank()) {
            throw new IllegalArgumentException("A test id must not be blank: the emulator reads a blank one as none");
        }
        return new EmulatorControl(new Scope(scope.http(), testId.strip()));
    }

    public Optional<String> testId() {
        return Optional.ofNullable(scope.testId());
    }

    /** The emulator's address, without a trailing slash. */
    public URI baseUri() {
        return scope.http().base();
    }

    /** True when {@code /q/health/ready} answers 200: started, and its fixtures loaded. */
    public boolean isReady() {
        return scope.http().answersOk(READY_PATH, READY_CHECK_TIMEOUT);
    }

    /** Waits until {@link #isReady()}, checking often at first and never sleeping past the deadline. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration wait = FIRST_READY_WAIT;
        while (!isReady()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new EmulatorException("The emulator at " + baseUri() + " was not ready within " + timeout
                        + " (" + baseUri() + READY_PATH + ")", null);
            }
            sleep(Math.min(wait.toNanos(), left));
            wait = wait.multipliedBy(2).compareTo(LONGEST_READY_WAIT) > 0 ? LONGEST_READY_WAIT : wait.multipliedBy(2);
        }
    }

    public ClockControl clock() {
        return new ClockControl(scope);
    }

    public JobControl jobs() {
        return new JobControl(scope);
    }

    public JournalControl journal() {
        return new JournalControl(scope);
    }

    public ScenarioControl scenarios() {
        return new ScenarioControl(scope);
    }

    public WebhookControl webhooks() {
        return new WebhookControl(scope);
    }

    public FixtureControl fixtures() {
        return new FixtureControl(scope.http());
    }

    /**
     * Everything back to the start, or, when scoped, the test id's jobs, journal entries, scenarios
     * and webhooks (the shared clock stays).
     */
    public ResetResult reset() {
        return resetWith(scope.scoped());
    }

    /** Only these parts, in the order the emulator resets them (the clock last), or the test id's share of them. */
    public ResetResult reset(Part... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("Name the parts to reset, or call reset() for all of them");
        }
        // The emulator resets one part per call.
        List<String> done = new ArrayList<>();
        for (Part part : EnumSet.of(parts[0], parts)) {
            done.addAll(resetWith(scope.scoped().with("part", part.wireName())).parts());
        }
        return new ResetResult(done, scope.testId());
    }

    private ResetResult resetWith(Params query) {
        return scope.http().post("/reset", query, RequestBody.NONE, ResetResult.class);
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmulatorException("Interrupted while waiting for the emulator", e);
        }
    }
}
