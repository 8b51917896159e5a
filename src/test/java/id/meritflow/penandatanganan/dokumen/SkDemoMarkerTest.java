package id.meritflow.penandatanganan.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.penandatanganan.domain.PemeriksaanTandaTangan;
import id.meritflow.penandatanganan.domain.SkContent;
import id.meritflow.penandatanganan.kunci.DemoCertificateAuthority;
import id.meritflow.penandatanganan.kunci.NonDemoKeys;
import id.meritflow.penandatanganan.kunci.SigningKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkDemoMarkerTest {

  @TempDir Path dir;

  /** As PenandatangananService does: the key decides the marker, the marker is drawn before signing. */
  static byte[] renderAndSign(SkContent sk, SigningKey key) {
    return new PadesSigner().sign(new SkPdfRenderer().render(sk, key.isDemo()), key, Instant.now(), "Penetapan SK",
        "Cimahi");
  }

  @Test
  void anSkSignedWithTheDemoCaSaysDemoOnEveryPageAndItsSignatureStaysValid() throws Exception {
    // given a demo CA and an SK of two pages
    DemoCertificateAuthority ca = new DemoCertificateAuthority(dir.resolve("keys"));
    SkContent sk = SkLayoutTest.withExtraMengingat(SkLayoutTest.aMutasi(), 12);

    // when it is rendered and signed with a demo key
    byte[] signed = renderAndSign(sk, ca.forRole("cimahi", "kepala-bkpsdm"));

    // then every page carries the marker
    List<String> pages = SkLayoutTest.pages(signed);
    assertThat(pages).hasSizeGreaterThan(1);
    assertThat(pages).allSatisfy(page -> assertThat(page).contains("DEMO — tidak sah"));

    // and the marker is part of what was signed: both verifiers accept the file
    PemeriksaanTandaTangan ours = new PadesVerifier(List.of(ca.caCertificate())).periksa(signed);
    assertThat(ours.sah()).as(ours.masalah().toString()).isTrue();
    if (Files.isExecutable(Pdfsig.BINARY)) {
      assertThat(Pdfsig.run(Files.write(dir.resolve("demo.pdf"), signed)))
          .contains("Signature Validation: Signature is Valid.").contains("Total document signed");
    }
  }

  @Test
  void anSkSignedWithAKeyOfAnotherCaCarriesNoDemoMarker() throws Exception {
    // given a key of a CA without the DEMO label, as a real keystore holds
    SigningKey real = NonDemoKeys.aSigner();

    // when an SK is rendered and signed with it
    byte[] signed = renderAndSign(SkLayoutTest.withExtraMengingat(SkLayoutTest.aMutasi(), 12), real);

    // then no page says DEMO, and the signature is valid
    assertThat(SkLayoutTest.pages(signed)).allSatisfy(page -> assertThat(page).doesNotContain("DEMO"));
    PemeriksaanTandaTangan ours = new PadesVerifier(List.of(real.chain().get(real.chain().size() - 1))).periksa(signed);
    assertThat(ours.sah()).as(ours.masalah().toString()).isTrue();
  }
}
