package id.meritflow.penandatanganan.kunci;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a demo certificate from a real one. The demo CA and every certificate it issues say DEMO in
 * their subject ({@link DemoCertificateAuthority}); a BSrE-BSSN certificate never does. An SK signed
 * with such a chain must say on its face that it is not a valid decision.
 */
public final class DemoCertificates {

  /** DEMO as a word of its own, so that a name such as "DEMOKRASI" does not count. */
  private static final Pattern DEMO = Pattern.compile("(?<![\\p{L}\\p{N}])DEMO(?![\\p{L}\\p{N}])");

  private DemoCertificates() {}

  /** True when the signer certificate or any certificate above it is labelled DEMO. */
  public static boolean isDemo(List<X509Certificate> chain) {
    return chain.stream().anyMatch(certificate -> DEMO.matcher(certificate.getSubjectX500Principal().getName()).find()
        || DEMO.matcher(certificate.getIssuerX500Principal().getName()).find());
  }
}
