package id.meritflow.penandatanganan.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.penandatanganan.SkTestData;
import id.meritflow.penandatanganan.domain.PemeriksaanTandaTangan;
import id.meritflow.penandatanganan.domain.SkContent;
import id.meritflow.penandatanganan.kunci.DemoCertificateAuthority;
import id.meritflow.penandatanganan.kunci.SigningKey;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkSignatureTest {

  @TempDir static Path keys;
  @TempDir Path work;

  static DemoCertificateAuthority ca;
  static PadesVerifier verifier;
  static SkContent content;
  static byte[] signed;

  @BeforeAll
  static void signADelegatedMutasi() {
    ca = new DemoCertificateAuthority(keys);
    verifier = new PadesVerifier(List.of(ca.caCertificate()));
    content = new SkTemplates().forType(SkTestData.aMutasi().jenis()).fill(SkTestData.aMutasi(),
        SkTestData.aDelegate(), "800.1.6.2/1/CIMAHI/2025", "ABCDEFGHJKMNPQRS",
        "http://localhost:8080/verifikasi-sk/ABCDEFGHJKMNPQRS");
    byte[] pdf = new SkPdfRenderer().render(content);
    signed = new PadesSigner().sign(pdf, ca.forRole("cimahi", "kepala-bkpsdm"), Instant.now(),
        "Penetapan SK", "Cimahi");
  }

  @Test
  void delegatedSkSignedWithTheDemoCaIsValidForPdfsigAndOurVerifier() throws Exception {
    Pdfsig.assumeInstalled();
    // given a signed SK written to disk
    Path file = Files.write(work.resolve("sk.pdf"), signed);

    // when both verifiers check it
    String pdfsig = Pdfsig.run(file);
    PemeriksaanTandaTangan ours = verifier.periksa(signed);

    // then both call it valid and name the DEMO signer
    assertThat(pdfsig).contains("Signature Validation: Signature is Valid.")
        .contains("kepala-bkpsdm cimahi (DEMO)");
    assertThat(ours.sah()).as(ours.masalah().toString()).isTrue();
    assertThat(ours.subjekPenandatangan()).hasValueSatisfying(s -> assertThat(s).contains("CN=kepala-bkpsdm cimahi (DEMO)"));
    assertThat(ours.waktuPenandatanganan()).isPresent();
  }

  @Test
  void oneChangedByteInsideTheSignedRangeMakesTheSignatureInvalid() throws Exception {
    Pdfsig.assumeInstalled();
    // given the signed SK with one byte of the page text changed
    byte[] tampered = signed.clone();
    int at = indexOf(tampered, "Analis Kepegawaian");
    if (at < 0) {
      at = 200; // content streams may be compressed: any byte early in the file is in the range
    }
    tampered[at] = (byte) (tampered[at] ^ 0x01);
    Path file = Files.write(work.resolve("diubah.pdf"), tampered);

    // when both verifiers check it
    PemeriksaanTandaTangan ours = verifier.periksa(tampered);
    String pdfsig = Pdfsig.run(file);

    // then both report it invalid
    assertThat(ours.tandaTanganValid()).isFalse();
    assertThat(ours.sah()).isFalse();
    assertThat(pdfsig).doesNotContain("Signature is Valid.");
  }

  @Test
  void bytesAppendedAfterTheSignatureAreReportedAsAChange() throws Exception {
    // given bytes appended after the signed revision
    byte[] appended = concat(signed, "\n% tambahan\n".getBytes(StandardCharsets.US_ASCII));

    // when verified
    PemeriksaanTandaTangan result = verifier.periksa(appended);

    // then the signature is still the signer's, but the file is not the one signed
    assertThat(result.tandaTanganValid()).isTrue();
    assertThat(result.dokumenUtuh()).isFalse();
    assertThat(result.sah()).isFalse();
  }

  @Test
  void anIncrementalUpdateAfterSigningIsReportedAsAChange() throws Exception {
    // given an incremental update that changes the document title after signing
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = Loader.loadPDF(signed)) {
      document.getDocumentInformation().setTitle("SK palsu");
      document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
      document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      document.saveIncremental(out);
    }
    byte[] updated = out.toByteArray();

    // when verified by us and by pdfsig
    PemeriksaanTandaTangan result = verifier.periksa(updated);

    // then it is reported as changed after signing
    assertThat(result.dokumenUtuh()).isFalse();
    assertThat(result.sah()).isFalse();
    if (Files.isExecutable(Pdfsig.BINARY)) {
      assertThat(Pdfsig.run(Files.write(work.resolve("update.pdf"), updated))).contains("Not total document signed");
    }
  }

  @Test
  void aLongerChainGetsRoomForEveryCertificateAndTheSkStaysValid() throws Exception {
    // given a signer whose chain carries three more certificates than the demo chain's one CA
    SigningKey demo = ca.forRole("cimahi", "kepala-bkpsdm");
    SigningKey longer = new SigningKey(demo.privateKey(), List.of(demo.certificate(),
        ca.forRole("cimahi", "ppk").certificate(), ca.forRole("jabar", "ppk").certificate(),
        ca.forRole("bkn", "ppk").certificate(), ca.caCertificate()));

    // when an SK is signed with each key
    byte[] shortSigned = new PadesSigner().sign(new SkPdfRenderer().render(content), demo, Instant.now(), "Penetapan SK",
        "Cimahi");
    byte[] longSigned = new PadesSigner().sign(new SkPdfRenderer().render(content), longer, Instant.now(), "Penetapan SK",
        "Cimahi");

    // then each /Contents is the room reserved for its chain, the CMS inside carries the whole chain,
    // and the longer chain's SK is still valid for our verifier
    try (PDDocument document = Loader.loadPDF(longSigned)) {
      PDSignature signature = document.getLastSignatureDictionary();
      assertThat(signature.getContents()).hasSize(PadesSigner.reservedBytes(longer));
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(longSigned)),
          // the CMS, without the zeros that pad the rest of the reservation
          ContentInfo.getInstance(new ASN1InputStream(signature.getContents()).readObject()));
      assertThat(cms.getCertificates().getMatches(null)).hasSize(5);
    }
    try (PDDocument document = Loader.loadPDF(shortSigned)) {
      assertThat(document.getLastSignatureDictionary().getContents()).hasSize(PadesSigner.reservedBytes(demo));
    }
    assertThat(PadesSigner.reservedBytes(longer)).isGreaterThan(PadesSigner.reservedBytes(demo));
    PemeriksaanTandaTangan ours = verifier.periksa(longSigned);
    assertThat(ours.sah()).as(ours.masalah().toString()).isTrue();
  }

  @Test
  void aCertificateFromAnotherCaIsNotTrusted(@TempDir Path otherKeys) {
    // given a verifier trusting only another CA
    PadesVerifier other = new PadesVerifier(List.of(new DemoCertificateAuthority(otherKeys).caCertificate()));

    // when it checks our SK
    PemeriksaanTandaTangan result = other.periksa(signed);

    // then the signature is intact but not trusted
    assertThat(result.tandaTanganValid()).isTrue();
    assertThat(result.sertifikatTerpercaya()).isFalse();
  }

  private static int indexOf(byte[] data, String text) {
    byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
    outer:
    for (int i = 0; i <= data.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
