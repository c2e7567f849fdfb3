package dev.videoapiemulator.support;

/**
 * The emulator with its TLS listener on a free port and its CA in {@link #CA_DIR}. Every test over
 * TLS runs under this one profile, so Quarkus starts once for all of them.
 */
public class HttpsProfile extends ConfigOverrides {

    /** Relative to the server module, where Surefire runs. */
    public static final String CA_DIR = "target/https-test-ca";

    public HttpsProfile() {
        super("emulator.https.port", "0", "emulator.https.dir", CA_DIR, "emulator.https.names", "emulator.test");
    }
}
