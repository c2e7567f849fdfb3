package dev.videoapiemulator.testcontainers.junit;

import dev.videoapiemulator.client.EmulatorControl;

/**
 * The emulator a test runs against, as the test sees it: its URLs, the test's own test id, and the
 * control API scoped to that id. Clients under test send the id in {@value #TEST_ID_HEADER}, e.g.
 * {@code OpenAIOkHttpClient.builder().baseUrl(emulator.baseUrl()).putHeader(TEST_ID_HEADER, emulator.testId())}.
 *
 * @param url the emulator's root, {@code http://host:port}
 * @param testId the current test's id; null in {@code @BeforeAll} and {@code @AfterAll} methods
 * @param control the control API, scoped to {@code testId} when there is one
 */
public record VideoApiEmulator(String url, String testId, EmulatorControl control) {

    public static final String TEST_ID_HEADER = "X-Emulator-Test-Id";

    /** The official API's root, as OpenAI's SDKs take it: {@code http://host:port/v1}. */
    public String baseUrl() {
        return url + "/v1";
    }

    /** A dialect's root by its profile name: {@code baseUrl("veo")} is {@code http://host:port/veo/v1}. */
    public String baseUrl(String profile) {
        return url + "/" + profile + "/v1";
    }
}
