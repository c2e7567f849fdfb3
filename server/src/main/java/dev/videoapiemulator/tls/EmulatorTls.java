package dev.videoapiemulator.tls;

import dev.videoapiemulator.config.EmulatorConfig;
import io.quarkus.tls.KeyStoreAndKeyCertOptions;
import io.quarkus.tls.KeyStoreProvider;
import io.smallrye.common.annotation.Identifier;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.KeyStoreOptions;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jboss.logging.Logger;

/**
 * The HTTPS listener's key material, handed to Quarkus's TLS registry as the configuration
 * {@value #NAME} (application.properties points quarkus.http at it). The registry asks once, at
 * start and before the listener binds; with emulator.https.port unset the answer is none, so no
 * listener starts and nothing is read or made. The same keys serve the CA download and the trust
 * of outgoing webhook calls.
 */
@Singleton
@Default // besides the registry's qualifier, so the emulator's own beans inject it plainly
@Identifier(EmulatorTls.NAME)
public class EmulatorTls implements KeyStoreProvider {

    public static final String NAME = "emulator";
    private static final Logger LOG = Logger.getLogger(EmulatorTls.class);

    @Inject
    EmulatorConfig config;

    private volatile Optional<ServerKeys> keys;

    @Override
    public KeyStoreAndKeyCertOptions getKeyStore(Vertx vertx) {
        return keys().map(chosen -> new KeyStoreAndKeyCertOptions(chosen.keyStore(),
                new KeyStoreOptions().setType("PKCS12").setValue(Buffer.buffer(chosen.encoded()))
                        .setPassword(chosen.password()))).orElse(null);
    }

    /** The emulator's CA as PEM, when HTTPS is on with a certificate the emulator made. */
    public Optional<String> authorityPem() {
        return keys().flatMap(ServerKeys::authority).map(CertificateAuthority::pem);
    }

    /**
     * For calls out (webhooks, relay callbacks): the JDK's trusted authorities, and the emulator's own
     * when it has one, so a receiver with a certificate from the same authority is trusted too.
     */
    public SSLContext clientContext() {
        Optional<CertificateAuthority> authority = keys().flatMap(ServerKeys::authority);
        try {
            if (authority.isEmpty()) {
                return SSLContext.getDefault();
            }
            TrustManagerFactory jdk = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            jdk.init((KeyStore) null);
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            int n = 0;
            for (var manager : jdk.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    for (X509Certificate issuer : x509.getAcceptedIssuers()) {
                        trusted.setCertificateEntry("jdk-" + n++, issuer);
                    }
                }
            }
            trusted.setCertificateEntry("video-api-emulator", authority.get().certificate());
            TrustManagerFactory both = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            both.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, both.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the trust for calls out: " + e.getMessage(), e);
        }
    }

    private Optional<ServerKeys> keys() {
        Optional<ServerKeys> chosen = keys;
        if (chosen == null) {
            synchronized (this) {
                chosen = keys;
                if (chosen == null) {
                    chosen = config.https().port().map(port -> ServerKeys.select(config.https()));
                    chosen.ifPresent(this::announce);
                    keys = chosen;
                }
            }
        }
        return chosen;
    }

    private void announce(ServerKeys keys) {
        if (keys.authority().isEmpty()) {
            LOG.infof("HTTPS serves your own certificate from %s", keys.source());
            return;
        }
        String ca = keys.source();
        // Port 0 is only known once bound; the log line of the listeners names it then.
        String port = config.https().port().filter(p -> p != 0).map(String::valueOf).orElse("<port>");
        LOG.infof("""
                HTTPS serves a certificate from the emulator's own CA, %s (also GET /__emulator/tls/ca.pem). \
                Trust it with:
                  curl --cacert %s https://localhost:%s/q/health
                  NODE_EXTRA_CA_CERTS=%s node app.js
                  keytool -importcert -noprompt -alias video-api-emulator -file %s -keystore emulator-trust.p12 \
                -storepass changeit, then java -Djavax.net.ssl.trustStore=emulator-trust.p12 \
                -Djavax.net.ssl.trustStorePassword=changeit ...
                  SSL_CERT_FILE=%s python app.py""", ca, ca, port, ca, ca, ca);
    }
}
