package id.meritflow.penandatanganan.kunci;

import java.time.Duration;

/** A signer of a CA that is not labelled DEMO, standing in for a real (BSrE-BSSN) keystore in tests. */
public final class NonDemoKeys {

  private NonDemoKeys() {}

  public static SigningKey aSigner() {
    try {
      SigningKey ca = CertificateIssuer.selfSignedCa("CN=Balai Sertifikasi Elektronik Uji,O=BSSN,C=ID",
          Duration.ofDays(3650));
      return CertificateIssuer.signer(ca, "CN=Rina Marlina,OU=Badan Kepegawaian dan Pengembangan Sumber Daya Manusia,"
          + "O=Pemerintah Kota Cimahi,C=ID", Duration.ofDays(3650));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
