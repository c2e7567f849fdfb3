package dev.videoapiemulator.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The emulator's own certificate authority, kept as {@code ca.pem} and {@code ca-key.pem} in a
 * directory so that clients told to trust it once keep trusting it across restarts. It signs the
 * server certificate at every start (so new names take effect) and, for tests, any other.
 * Keys are EC P-256: made in milliseconds, and every TLS client of note accepts them.
 *
 * @param certificateFile where the authority's certificate is, for clients to trust
 */
public record CertificateAuthority(X509Certificate certificate, PrivateKey key, Path certificateFile) {

    static final String CERTIFICATE_FILE = "ca.pem";
    static final String KEY_FILE = "ca-key.pem";
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final Duration CA_LIFETIME = Duration.ofDays(3650);
    // Apple's clients refuse server certificates valid longer than 398 days.
    private static final Duration SERVER_LIFETIME = Duration.ofDays(397);
    private static final Duration BACKDATE = Duration.ofHours(1);

    /** The authority kept in {@code dir}; made there (with the directory) if there is none yet. */
    public static CertificateAuthority loadOrCreate(Path where) {
        Path dir = where.toAbsolutePath();
        Path certificateFile = dir.resolve(CERTIFICATE_FILE);
        Path keyFile = dir.resolve(KEY_FILE);
        if (Files.exists(certificateFile) && Files.exists(keyFile)) {
            return new CertificateAuthority(Pem.certificates(certificateFile).get(0), Pem.privateKey(keyFile),
                    certificateFile);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        KeyPair pair = newKeyPair();
        X500Name name = new X500Name("CN=Video API Emulator CA " + Long.toHexString(new SecureRandom().nextLong())
                + ", O=Video API Emulator");
        X509Certificate certificate = sign(name, pair.getPublic(), name, pair, null, CA_LIFETIME, builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        });
        // The key first: a certificate without its key would be taken for a whole authority next time.
        Pem.write(keyFile, Pem.of(pair.getPrivate()), true);
        Pem.write(certificateFile, Pem.of(certificate), false);
        return new CertificateAuthority(certificate, pair.getPrivate(), certificateFile);
    }

    public String pem() {
        return Pem.of(certificate);
    }

    /**
     * A new server certificate for these names: host names, or IP addresses (v4 or v6 literals),
     * the first also the subject's common name.
     */
    public IssuedCertificate issue(List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a server certificate needs a name");
        }
        List<GeneralName> alternatives = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            alternatives.add(new GeneralName(isAddress(name) ? GeneralName.iPAddress : GeneralName.dNSName, name));
        }
        KeyPair pair = newKeyPair();
        X500Name subject = new X500Name("CN=" + names.get(0).replaceAll("[,+=\"\\\\<>;]", "_")
                + ", O=Video API Emulator");
        X509Certificate issued = sign(subject, pair.getPublic(),
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                new KeyPair(certificate.getPublicKey(), key), certificate, SERVER_LIFETIME, builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                    builder.addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
                    builder.addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(alternatives.toArray(GeneralName[]::new)));
                });
        return new IssuedCertificate(pair.getPrivate(), List.of(issued, certificate));
    }

    /** An IP literal, told apart without a name lookup. */
    static boolean isAddress(String name) {
        return name.matches("[0-9.]+") || name.contains(":");
    }

    private interface Extensions {
        void add(X509v3CertificateBuilder builder) throws CertIOException;
    }

    private static X509Certificate sign(X500Name subject, PublicKey subjectKey, X500Name issuer,
            KeyPair issuerPair, X509Certificate issuerCertificate, Duration lifetime, Extensions extensions) {
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(127, new SecureRandom()).add(BigInteger.ONE), Date.from(now.minus(BACKDATE)),
                    Date.from(now.plus(lifetime)), subject, subjectKey);
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            // Strict verifiers (Python 3.13's default, OpenSSL's X509_STRICT) want the issuer's key id.
            builder.addExtension(Extension.authorityKeyIdentifier, false, issuerCertificate == null
                    ? utils.createAuthorityKeyIdentifier(issuerPair.getPublic())
                    : utils.createAuthorityKeyIdentifier(issuerCertificate));
            extensions.add(builder);
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(SIGNATURE).build(issuerPair.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot sign a certificate for " + subject, e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no EC P-256 in this JVM", e);
        }
    }
}
