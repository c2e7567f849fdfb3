package dev.videoapiemulator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every setting of the emulator. Each key is also an environment variable: {@code emulator.jobs.queued}
 * is {@code EMULATOR_JOBS_QUEUED}. README's configuration table mirrors this interface.
 */
@ConfigMapping(prefix = "emulator")
public interface EmulatorConfig {

    /** HTTP port; read by quarkus.http.port. */
    @WithDefault("8080")
    int port();

    /**
     * The address the server listens on; read by quarkus.http.host. Loopback by default, since the
     * control API is open without a token; the container image sets 0.0.0.0.
     */
    @WithDefault("127.0.0.1")
    String host();

    Https https();

    /** The profile that answers the bare /v1 paths for keys not bound to a profile. */
    @WithDefault("openai")
    String defaultProfile();

    Auth auth();

    Jobs jobs();

    Store store();

    Clock clock();

    Limits limits();

    Fixtures fixtures();

    RateLimit rateLimit();

    Openai openai();

    Media media();

    Control control();

    Journal journal();

    ConsoleLog consoleLog();

    Webhooks webhooks();

    interface Https {
        /**
         * Port of a TLS listener beside the HTTP one, serving the same routes (HTTP/1.1 and HTTP/2 by
         * ALPN); read by quarkus.http.ssl-port. Unset: no TLS listener.
         */
        Optional<Integer> port();

        /**
         * Where the emulator's own certificate authority is kept (ca.pem, ca-key.pem), made on the first
         * start with HTTPS, so clients told to trust it keep trusting it across restarts.
         */
        @WithDefault("${user.home}/.video-api-emulator/tls")
        String dir();

        /** Names the emulator's server certificate covers besides localhost, 127.0.0.1, ::1 and the host name. */
        Optional<List<String>> names();

        /** Your own certificate chain (PEM, the server's first), with key-file: served instead of the emulator's. */
        Optional<String> certificateFile();

        /** The private key of certificate-file (PEM, unencrypted). */
        Optional<String> keyFile();

        /** Your own PKCS#12 key store, with key-store-password: served instead of the emulator's certificate. */
        Optional<String> keyStoreFile();

        Optional<String> keyStorePassword();
    }

    interface Auth {
        /** any: every non-empty bearer key passes; keys: only known keys; off: no key needed. */
        @WithDefault("any")
        AuthMode mode();

        /** Keys accepted in {@code keys} mode, besides those in fixture files. */
        Optional<List<String>> keys();
    }

    interface Jobs {
        /** How long a new job stays queued. */
        @WithDefault("500ms")
        Duration queued();

        /** How long a job is in progress, before the per-second share. */
        @WithDefault("1500ms")
        Duration processing();

        /** Added to the in-progress time for each second of video, so longer clips take longer. */
        @WithDefault("100ms")
        Duration processingPerSecond();

        /** How long content can be downloaded after completion (expires_at - completed_at). */
        @WithDefault("1h")
        Duration downloadExpiry();

        /** Value of the openai-poll-after-ms header on job reads. */
        @WithDefault("500ms")
        Duration pollAfter();
    }

    interface Store {
        /** How long a job is kept after it was created; then it is gone (404). */
        @WithDefault("24h")
        Duration retention();

        /** Most jobs kept for one API key; the oldest go first. */
        @WithDefault("10000")
        int maxJobsPerKey();

        /** Most jobs kept in all; the oldest go first. */
        @WithDefault("100000")
        int maxJobs();

        /** How often expired jobs are swept out. */
        @WithDefault("1s")
        Duration sweepInterval();
    }

    interface Clock {
        /** Most test ids with a clock of their own; past that the least recently used goes back to the wall clock. */
        @WithDefault("10000")
        int maxTestClocks();

        /** A test's clock unused (not moved, read through the control API, or made a job on) this long goes. */
        @WithDefault("24h")
        Duration testClockIdle();
    }

    interface Limits {
        /** Largest request body (uploads); read by quarkus.http.limits.max-body-size. */
        @WithDefault("64M")
        String maxBodySize();

        /** Largest multipart text field; read by quarkus.http.limits.max-form-attribute-size. */
        @WithDefault("1M")
        String maxFormFieldSize();
    }

    interface Fixtures {
        /** Directory of fixture files (*.json, *.yaml, *.yml). Missing directory: no fixtures. */
        @WithDefault("fixtures")
        String dir();

        /** How often the directory is checked for changed files, which are then reloaded. */
        @WithDefault("1s")
        Duration watchInterval();

        /**
         * Readiness is DOWN while a fixture file is refused, not only until the first set loads: for
         * pipelines that wait on readiness and should stop at a broken fixture.
         */
        @WithDefault("false")
        boolean readyRequiresValid();
    }

    interface RateLimit {
        /** Requests per minute for keys without a limit of their own in fixtures; 0 is no limit. */
        @WithDefault("0")
        int requestsPerMinute();
    }

    interface Control {
        /**
         * When set, every /__emulator request must carry it as a bearer token or in
         * X-Emulator-Admin-Token, so a shared emulator cannot be reset by anyone who can reach it.
         */
        Optional<String> token();
    }

    interface Webhooks {
        /** One OpenAI webhook endpoint from configuration, besides those of fixture files and the control API. */
        Endpoint endpoint();

        /** Waits before each further attempt of a failed delivery, on the emulator's clock; the last repeats. */
        @WithDefault("5s,30s,2m,10m,1h")
        List<Duration> retrySchedule();

        /** Attempts per delivery, the first included. */
        @WithDefault("6")
        int maxAttempts();

        /** How long a receiver may take to answer before the attempt counts as failed. */
        @WithDefault("10s")
        Duration timeout();

        /** Most deliveries waiting or in flight; beyond it new ones are dropped, and recorded as dropped. */
        @WithDefault("10000")
        int maxPending();

        /** Most delivery attempts remembered for the control API; the oldest are dropped first. */
        @WithDefault("10000")
        int maxRecorded();

        /** Most endpoints one API key (within a test id) may register through the official API. */
        @WithDefault("20")
        int maxEndpointsPerKey();

        /** Most endpoints registered through the official API by all keys together. */
        @WithDefault("10000")
        int maxEndpoints();

        /** How often due notifications and retries go out while nobody advances the clock. */
        @WithDefault("200ms")
        Duration tick();

        /** Hosts deliveries may go to; none listed means any, since receivers are usually the test's own server. */
        Optional<List<String>> allowedHosts();

        /**
         * The emulator's address as receivers reach it, for the video URLs in relay callbacks; unset, the
         * address clients last called it at.
         */
        Optional<String> publicUrl();

        interface Endpoint {
            /** http or https URL that receives signed video events; unset: no configured endpoint. */
            Optional<String> url();

            /** Signing secret, {@code whsec_} and base64; required with a URL. */
            Optional<String> secret();

            @WithDefault("video.completed,video.failed")
            List<String> events();

            /** Only this API key's jobs; unset: every key's. */
            Optional<String> key();
        }
    }

    interface Journal {
        /** Most API requests remembered; the oldest are dropped first. */
        @WithDefault("10000")
        int maxEntries();

        /** Most bytes of a request's body each entry keeps (the rest is counted, not kept); 0 keeps none. */
        @WithDefault("2048")
        int bodyBytes();
    }

    interface ConsoleLog {
        /** One line per API request on the console: method, path, profile, key's last 4, status, duration, scenario. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Media {
        /** Memory for rendered media; the least recently used assets are dropped first. */
        @WithDefault("67108864")
        long cacheBytes();
    }

    interface Openai {
        /**
         * Accept the March 2026 additions the typed SDKs do not list: seconds 16 and 20, and
         * 1920x1080 / 1080x1920 for pro models.
         */
        @WithDefault("false")
        boolean extendedEnums();
    }
}
