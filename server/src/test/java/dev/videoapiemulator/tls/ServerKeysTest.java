package dev.videoapiemulator.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.config.EmulatorConfig;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which certificate the TLS listener serves: the user's own when configured, else one from the emulator's CA. */
class ServerKeysTest {

    @TempDir
    Path dir;

    private record Https(Optional<Integer> port, String dir, Optional<List<String>> names,
            Optional<String> certificateFile, Optional<String> keyFile, Optional<String> keyStoreFile,
            Optional<String> keyStorePassword) implements EmulatorConfig.Https {

        static Https generated(Path dir, String... names) {
            return new Https(Optional.of(0), dir.toString(), Optional.of(List.of(names)), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    @Test
    void withoutCertificateOfTheirOwnTheEmulatorsCaSigns() throws Exception {
        ServerKeys keys = ServerKeys.select(Https.generated(dir.resolve("ca"), "emulator.test"));
        CertificateAuthority authority = keys.authority().orElseThrow();
        X509Certificate served = served(keys.keyStore());
        served.verify(authority.certificate().getPublicKey());
        assertTrue(served.getSubjectAlternativeNames().stream().anyMatch(name -> name.get(1).equals("emulator.test")));
        assertTrue(served.getSubjectAlternativeNames().stream().anyMatch(name -> name.get(1).equals("localhost")));
        assertEquals(authority.certificateFile().toString(), keys.source());
    }

    @Test
    void userPemPairIsServedAndNoCaIsOffered() throws Exception {
        IssuedCertificate own = CertificateAuthority.loadOrCreate(dir.resolve("elsewhere")).issue(List.of("api.test"));
        Path certificate = dir.resolve("server.pem");
        Path key = dir.resolve("server-key.pem");
        Files.writeString(certificate, Pem.of(own.chain().toArray()));
        Files.writeString(key, Pem.of(own.key()));
        ServerKeys keys = ServerKeys.select(new Https(Optional.of(0), dir.resolve("ca").toString(), Optional.empty(),
                Optional.of(certificate.toString()), Optional.of(key.toString()), Optional.empty(), Optional.empty()));
        assertEquals(own.certificate(), served(keys.keyStore()));
        assertTrue(keys.authority().isEmpty());
        assertTrue(Files.notExists(dir.resolve("ca")), "no CA is made when the user brings a certificate");
    }

    @Test
    void userPkcs12IsServed() throws Exception {
        IssuedCertificate own = CertificateAuthority.loadOrCreate(dir.resolve("elsewhere")).issue(List.of("api.test"));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("mine", own.key(), "secret".toCharArray(), own.chain().toArray(Certificate[]::new));
        Path file = dir.resolve("server.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "secret".toCharArray());
        }
        ServerKeys keys = ServerKeys.select(new Https(Optional.of(0), dir.toString(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(file.toString()), Optional.of("secret")));
        assertEquals(own.certificate(), served(keys.keyStore()));
        assertTrue(keys.authority().isEmpty());
    }

    @Test
    void certificateWithoutItsKeyIsAConfigurationError() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> ServerKeys.select(new Https(
                Optional.of(0), dir.toString(), Optional.empty(), Optional.of("server.pem"), Optional.empty(),
                Optional.empty(), Optional.empty())));
        assertTrue(error.getMessage().contains("emulator.https.key-file"), error.getMessage());
    }

    private static X509Certificate served(KeyStore store) throws Exception {
        String alias = store.aliases().nextElement();
        return (X509Certificate) store.getCertificate(alias);
    }
}
