package dev.videoapiemulator.client;

/**
 * What every group of calls shares: the HTTP side, and the test id the calls are scoped to (null
 * when they are not). Every control resource that takes a test id reads it as the {@code test_id}
 * query parameter (some also read the header), so that is how it is sent.
 */
record Scope(ControlHttp http, String testId) {

    static final String TEST_ID = "test_id";

    /** The call's own parameters, with the test id unless the call names one itself. */
    Params scoped(Params params) {
        return testId == null ? params : params.withDefault(TEST_ID, testId);
    }

    Params scoped() {
        return scoped(Params.none());
    }
}
