package dev.videoapiemulator.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator's CA: kept in its directory, so a restart serves certificates from the same authority. */
class CertificateAuthorityTest {

    @TempDir
    Path dir;

    @Test
    void restartLoadsTheSameAuthority() throws Exception {
        CertificateAuthority first = CertificateAuthority.loadOrCreate(dir);
        CertificateAuthority second = CertificateAuthority.loadOrCreate(dir);
        assertArrayEquals(first.certificate().getEncoded(), second.certificate().getEncoded());
        assertEquals(first.pem(), Files.readString(dir.resolve(CertificateAuthority.CERTIFICATE_FILE)));
        // What the second signs, the first's certificate vouches for.
        second.issue(List.of("localhost")).certificate().verify(first.certificate().getPublicKey());
    }

    @Test
    void anotherDirectoryIsAnotherAuthority(@TempDir Path other) {
        assertNotEquals(CertificateAuthority.loadOrCreate(dir).certificate(),
                CertificateAuthority.loadOrCreate(other).certificate());
    }

    @Test
    void keyIsReadableByItsOwnerOnly() throws Exception {
        CertificateAuthority.loadOrCreate(dir);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(dir.resolve(CertificateAuthority.KEY_FILE)));
    }

    @Test
    void serverCertificateNamesHostsAndAddressesAndChainsToTheAuthority() throws Exception {
        CertificateAuthority authority = CertificateAuthority.loadOrCreate(dir);
        IssuedCertificate issued = authority.issue(List.of("localhost", "127.0.0.1", "::1", "emulator.test"));
        X509Certificate server = issued.certificate();
        server.verify(authority.certificate().getPublicKey());
        server.checkValidity();
        assertEquals(List.of(server, authority.certificate()), issued.chain());
        assertEquals(-1, server.getBasicConstraints());
        assertTrue(authority.certificate().getBasicConstraints() >= 0);
        Set<String> names = server.getSubjectAlternativeNames().stream().map(name -> name.get(1).toString())
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("localhost", "127.0.0.1", "emulator.test")), names.toString());
        assertTrue(names.stream().anyMatch(name -> name.startsWith("0:0:0:0:0:0:0:1")), names.toString());
    }
}
