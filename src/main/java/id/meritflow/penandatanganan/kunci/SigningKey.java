package id.meritflow.penandatanganan.kunci;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A signer's private key and certificate chain, signer certificate first. */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

  public SigningKey {
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("rantai sertifikat kosong");
    }
  }

  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** A key of the demo CA: what it signs must carry the DEMO marker. */
  public boolean isDemo() {
    return DemoCertificates.isDemo(chain);
  }
}
