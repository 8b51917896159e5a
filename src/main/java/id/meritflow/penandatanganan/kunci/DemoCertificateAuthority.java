package id.meritflow.penandatanganan.kunci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * The demo profile's certificate authority: a self-made CA and one signer certificate per agency
 * and role, all labelled DEMO in their subject, kept as PKCS#12 files in one directory. Created on
 * first use and reused afterwards, so that SKs signed in earlier runs still verify.
 * Never a substitute for BSrE-BSSN certificates: a TTE needs a certified CA (domain.md §5).
 */
public final class DemoCertificateAuthority implements SigningKeys {

  public static final String CA_SUBJECT = "CN=MeritFlow DEMO CA — bukan untuk penggunaan resmi,O=MeritFlow DEMO,C=ID";
  /** Demo keystores only: these keys sign nothing official. */
  private static final char[] PASSWORD = "demo".toCharArray();
  private static final String CA_FILE = "demo-ca.p12";

  private final Path directory;
  private final KeystoreCache keystores = new KeystoreCache();
  private final SigningKey ca;

  public DemoCertificateAuthority(Path directory) {
    this.directory = directory;
    try {
      Files.createDirectories(directory);
      this.ca = loadOrCreate(directory.resolve(CA_FILE),
          () -> CertificateIssuer.selfSignedCa(CA_SUBJECT, Duration.ofDays(3650)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public X509Certificate caCertificate() {
    return ca.certificate();
  }

  /** Issues the certificates of these agencies and roles now, so that the first signing is fast. */
  public void prepare(List<String> instansiIds, List<String> peran) {
    instansiIds.forEach(instansi -> peran.forEach(role -> forRole(instansi, role)));
  }

  @Override
  public SigningKey forRole(String instansiId, String peran) {
    Path file = directory.resolve((instansiId + "__" + peran).replaceAll("[^A-Za-z0-9_-]", "_") + ".p12");
    // The usual case needs no lock: the keystore exists (written by an atomic move) and is kept once read.
    return Files.exists(file) ? loadOrCreate(file, null) : issueOrLoad(file, instansiId, peran);
  }

  /** Serialised: two first signings of one role must not issue two keys for it. */
  private synchronized SigningKey issueOrLoad(Path file, String instansiId, String peran) {
    String subject = "CN=" + peran + " " + instansiId + " (DEMO),OU=DEMO — bukan untuk penggunaan resmi,O="
        + instansiId.replaceAll("[,=+<>#;\"\\\\]", " ") + ",C=ID";
    return loadOrCreate(file, () -> CertificateIssuer.signer(ca, subject, Duration.ofDays(1825)));
  }

  private interface Issue {
    SigningKey issue() throws Exception;
  }

  /** Reads the keystore (kept once read, see {@link KeystoreCache}), or issues and writes it; {@code issue} null: read only. */
  private SigningKey loadOrCreate(Path file, Issue issue) {
    try {
      if (issue == null || Files.exists(file)) {
        return keystores.read(file, "demo", PASSWORD);
      }
      SigningKey key = issue.issue();
      Pkcs12.write(file, "demo", PASSWORD, key);
      return key;
    } catch (Exception e) {
      throw new KunciTidakTersediaException("Kunci DEMO di " + file + " tidak dapat dibuat atau dibaca: "
          + e.getMessage(), e);
    }
  }
}
