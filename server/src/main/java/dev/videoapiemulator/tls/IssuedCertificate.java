package dev.videoapiemulator.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A certificate with its private key and the chain that vouches for it, the certificate first. */
public record IssuedCertificate(PrivateKey key, List<X509Certificate> chain) {

    public IssuedCertificate {
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
