package id.meritflow.penandatanganan.dokumen;

import id.meritflow.penandatanganan.domain.PemeriksaanTandaTangan;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks the last PDF signature of a file on its own: the CMS signature over the signed byte
 * range, whether that range covers the whole file, and the certificate chain against the trusted
 * CAs. Needs no database, so it also judges copies that were never stored here.
 */
public final class PadesVerifier {

  private final CertificateChains chains;

  public PadesVerifier(List<X509Certificate> trustedCas) {
    this.chains = new CertificateChains(trustedCas);
  }

  public PemeriksaanTandaTangan periksa(byte[] pdf) {
    PDSignature signature;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.isEmpty()) {
        return PemeriksaanTandaTangan.tanpaTandaTangan("Dokumen tidak memuat tanda tangan elektronik.");
      }
      signature = signatures.get(signatures.size() - 1);
    } catch (IOException e) {
      return PemeriksaanTandaTangan.tanpaTandaTangan("Berkas bukan PDF yang dapat dibaca.");
    }
    List<String> masalah = new ArrayList<>();
    boolean utuh = coversWholeFile(signature.getByteRange(), pdf.length);
    if (!utuh) {
      masalah.add("Dokumen telah diubah atau ditambah setelah ditandatangani (ByteRange tidak mencakup seluruh berkas).");
    }
    try {
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
          firstObject(signature.getContents(pdf)));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      var holders = (java.util.Collection<X509CertificateHolder>) cms.getCertificates().getMatches(null);
      var converter = new JcaX509CertificateConverter();
      List<X509Certificate> certificates = new ArrayList<>();
      for (X509CertificateHolder holder : holders) {
        certificates.add(converter.getCertificate(holder));
      }
      @SuppressWarnings("unchecked")
      var signerHolder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
      X509Certificate signerCert = converter.getCertificate(signerHolder);
      Optional<Instant> time = signingTime(signer, signature);
      boolean valid = verify(signer, signerCert, masalah);
      boolean trusted = chains.trusted(signerCert, certificates, time.orElse(Instant.now()));
      if (!trusted) {
        masalah.add("Sertifikat penandatangan tidak diterbitkan oleh CA yang dipercaya.");
      }
      return new PemeriksaanTandaTangan(true, valid, utuh, trusted,
          Optional.of(signerCert.getSubjectX500Principal().getName()), time, masalah);
    } catch (Exception e) {
      masalah.add("Tanda tangan tidak dapat dibaca: " + e.getMessage());
      return new PemeriksaanTandaTangan(true, false, utuh, false, Optional.empty(), Optional.empty(), masalah);
    }
  }

  /** The signature value is zero-padded to its reserved size; BouncyCastle refuses trailing bytes. */
  private static ContentInfo firstObject(byte[] contents) throws IOException {
    try (ASN1InputStream in = new ASN1InputStream(contents)) {
      return ContentInfo.getInstance(in.readObject());
    }
  }

  /** [0, a, b, c] with the signature value in (a, b) and nothing after b + c. */
  static boolean coversWholeFile(int[] byteRange, long fileLength) {
    return byteRange != null && byteRange.length == 4 && byteRange[0] == 0 && byteRange[1] > 0
        && byteRange[2] > byteRange[1] && byteRange[3] >= 0 && (long) byteRange[2] + byteRange[3] == fileLength;
  }

  private static boolean verify(SignerInformation signer, X509Certificate certificate, List<String> masalah) {
    try {
      if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
        return true;
      }
    } catch (Exception e) {
      // A digest mismatch means a byte inside the signed range was changed.
    }
    masalah.add("Tanda tangan tidak valid: isi dokumen yang ditandatangani tidak sesuai dengan tanda tangannya.");
    return false;
  }

  private static Optional<Instant> signingTime(SignerInformation signer, PDSignature signature) {
    var attributes = signer.getSignedAttributes();
    var attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
    if (attribute != null) {
      return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
    }
    return Optional.ofNullable(signature.getSignDate()).map(c -> c.toInstant());
  }
}
