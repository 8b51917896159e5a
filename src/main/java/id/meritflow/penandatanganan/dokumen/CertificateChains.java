package id.meritflow.penandatanganan.dokumen;

import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PKIX validation of a signer certificate against the configured trusted CAs, at the signing time.
 * Revocation is not checked: the demo CA publishes no CRL or OCSP (a production CA would).
 */
final class CertificateChains {

  private final Set<TrustAnchor> anchors;

  CertificateChains(List<X509Certificate> trustedCas) {
    this.anchors = trustedCas.stream().map(ca -> new TrustAnchor(ca, null)).collect(Collectors.toSet());
  }

  boolean trusted(X509Certificate signer, List<X509Certificate> supplied, Instant at) {
    if (anchors.isEmpty()) {
      return false;
    }
    try {
      PKIXParameters parameters = new PKIXParameters(anchors);
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(at));
      var path = CertificateFactory.getInstance("X.509").generateCertPath(order(signer, supplied));
      CertPathValidator.getInstance("PKIX").validate(path, parameters);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** Signer first, then each issuer found among the supplied certificates; roots left to the anchors. */
  private static List<X509Certificate> order(X509Certificate signer, List<X509Certificate> supplied) {
    List<X509Certificate> path = new ArrayList<>(List.of(signer));
    X509Certificate current = signer;
    while (path.size() < 10) {
      X509Certificate issuer = null;
      for (X509Certificate candidate : supplied) {
        boolean selfSigned = candidate.getSubjectX500Principal().equals(candidate.getIssuerX500Principal());
        if (!selfSigned && !path.contains(candidate)
            && candidate.getSubjectX500Principal().equals(current.getIssuerX500Principal())) {
          issuer = candidate;
        }
      }
      if (issuer == null) {
        break;
      }
      path.add(issuer);
      current = issuer;
    }
    return path;
  }
}
