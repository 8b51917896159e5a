package id.meritflow.penandatanganan.dokumen;

import id.meritflow.penandatanganan.kunci.SigningKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Signs a PDF with an invisible PAdES signature (sub-filter ETSI.CAdES.detached): PDFBox reserves
 * the signature's place and the byte range, {@link CmsSignature} builds the detached CMS over it.
 * The signature is written as an incremental update, so the rendered bytes stay as they were.
 */
public final class PadesSigner {

  /**
   * Room in the CMS besides the certificates: the signer's signature (512 bytes for RSA-4096), the
   * signed attributes (signing time, ESS signing-certificate-v2: about 150 bytes), the signer's
   * issuer and serial, algorithm identifiers and the DER framing — a few times what they take.
   */
  static final int ROOM_BESIDES_CERTIFICATES = 4096;

  /**
   * The bytes reserved for the CMS in {@code /Contents}: the key's chain as encoded plus
   * {@link #ROOM_BESIDES_CERTIFICATES}. The reservation is written as hex zeros and padded after
   * signing, so a fixed 18.5 KB (twice PDFBox's default) cost ~37,000 hex digits written one by one
   * per SK (docs/perf/kenaikan-pangkat.md) and doubled the stored PDF; a two-certificate demo chain
   * needs about 6 KB.
   */
  static int reservedBytes(SigningKey key) {
    int certificates = 0;
    try {
      for (X509Certificate certificate : key.chain()) {
        certificates += certificate.getEncoded().length;
      }
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("sertifikat penanda tangan tidak dapat dikodekan", e);
    }
    return certificates + ROOM_BESIDES_CERTIFICATES;
  }

  public byte[] sign(byte[] pdf, SigningKey key, Instant signingTime, String reason, String location) {
    try (PDDocument document = Loader.loadPDF(pdf);
        SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(key.certificate().getSubjectX500Principal().getName());
      signature.setReason(reason);
      signature.setLocation(location);
      Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      time.setTimeInMillis(signingTime.toEpochMilli());
      signature.setSignDate(time);
      options.setPreferredSignatureSize(reservedBytes(key));
      SignatureInterface cms = (InputStream content) -> CmsSignature.sign(content, key, signingTime);
      document.addSignature(signature, cms, options);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 20_000);
      document.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
