package dev.videoapiemulator.tls;

import dev.videoapiemulator.config.EmulatorConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What the TLS listener serves, chosen once: the user's PEM pair, else the user's PKCS#12 store,
 * else a server certificate from the emulator's own authority. Always handed on as one PKCS#12
 * store, so the listener has a single way in.
 *
 * @param authority the emulator's authority when it signed the certificate; empty for the user's own
 * @param source    where the certificate came from, for the start-up log
 */
public record ServerKeys(KeyStore keyStore, String password, Optional<CertificateAuthority> authority,
        String source) {

    static final String ALIAS = "server";

    public static ServerKeys select(EmulatorConfig.Https https) {
        if (https.certificateFile().isPresent() || https.keyFile().isPresent()) {
            Path certificate = required(https.certificateFile(), "emulator.https.certificate-file", "key-file");
            Path key = required(https.keyFile(), "emulator.https.key-file", "certificate-file");
            return of(new IssuedCertificate(Pem.privateKey(key), Pem.certificates(certificate)), Optional.empty(),
                    certificate.toString());
        }
        if (https.keyStoreFile().isPresent()) {
            Path file = Path.of(https.keyStoreFile().get());
            String password = https.keyStorePassword().orElseThrow(() -> new IllegalStateException(
                    "emulator.https.key-store-file needs emulator.https.key-store-password"));
            try (InputStream in = Files.newInputStream(file)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, password.toCharArray());
                return new ServerKeys(store, password, Optional.empty(), file.toString());
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot open the key store " + file + ": " + e.getMessage(), e);
            }
        }
        CertificateAuthority authority = CertificateAuthority.loadOrCreate(Path.of(https.dir()));
        List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1", "::1"));
        names.addAll(hostName());
        https.names().ifPresent(names::addAll);
        return of(authority.issue(names), Optional.of(authority), authority.certificateFile().toString());
    }

    private static ServerKeys of(IssuedCertificate issued, Optional<CertificateAuthority> authority, String source) {
        // Only this process reads the store, so its password need not be known to anyone.
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, issued.key(), password.toCharArray(), issued.chain().toArray(Certificate[]::new));
            return new ServerKeys(store, password, authority, source);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot hold the server key: " + e.getMessage(), e);
        }
    }

    /** The machine's own name; none when it cannot be found. */
    private static List<String> hostName() {
        try {
            return List.of(InetAddress.getLocalHost().getHostName());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path required(Optional<String> file, String key, String partner) {
        return Path.of(file.orElseThrow(() -> new IllegalStateException(
                key + " is missing: emulator.https." + partner + " needs it")));
    }

    /** The store as PKCS#12 bytes, as the listener's options take it. */
    public byte[] encoded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            keyStore.store(out, password.toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the server key store: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
