package dev.videoapiemulator.client;

/**
 * What the query and filter types share: criteria by the emulator's parameter names, immutable, each
 * setter answering a copy. Every criterion set must hold; an unset one is not sent.
 *
 * @param <S> the concrete type, so setters chain without casts
 */
public abstract class Criteria<S extends Criteria<S>> {

    private final Params params;

    Criteria(Params params) {
        this.params = params;
    }

    /** Overrides the test id a scoped {@link EmulatorControl} would send. */
    public S testId(String testId) {
        return with(Scope.TEST_ID, testId);
    }

    @Override
    public String toString() {
        return params.toString();
    }

    Params params() {
        return params;
    }

    /** The same type with {@code params}: each subclass makes its own copies. */
    abstract S copy(Params params);

    S with(String name, Object value) {
        return copy(params.with(name, value));
    }
}
