package dev.videoapiemulator.api;

/**
 * Who is calling: the API key (jobs are kept per key; for a signed token, its access key), the
 * profile and tier the key is bound to in fixtures (null when it is bound to none), the test the
 * request belongs to (the {@code X-Emulator-Test-Id} header; null when absent), and how the caller
 * proved itself.
 */
public record ApiCaller(String key, String profile, String tier, String testId, Credentials credentials) {

    public static final String TEST_ID_HEADER = "X-Emulator-Test-Id";

    /** Cannot occur in a header value, so no key and test id pair can pass for another. */
    private static final char OWNER_SEPARATOR = '\u0000';

    /**
     * The owner of everything a caller makes: one key never sees another key's jobs, and a key used
     * by two tests is two owners, so parallel suites sharing one emulator never see each other's.
     */
    public String owner() {
        return testId == null ? key : key + OWNER_SEPARATOR + testId;
    }

    /** The test id a header or parameter value names: null when it is absent or blank. */
    public static String testIdFrom(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The test id a control call names: its {@code test_id} parameter, else its
     * {@code X-Emulator-Test-Id} header; null when neither names one.
     */
    public static String testIdFrom(String query, String header) {
        return testIdFrom(query != null && !query.isBlank() ? query : header);
    }

    /** The API key part of an {@link #owner()}. */
    public static String keyOf(String owner) {
        int separator = owner.indexOf(OWNER_SEPARATOR);
        return separator < 0 ? owner : owner.substring(0, separator);
    }

    /** The test id part of an {@link #owner()}, or null. */
    public static String testIdOf(String owner) {
        int separator = owner.indexOf(OWNER_SEPARATOR);
        return separator < 0 ? null : owner.substring(separator + 1);
    }
}
