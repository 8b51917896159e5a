package id.meritflow.penandatanganan.dokumen;

import id.meritflow.penandatanganan.kunci.SigningKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
      // Room for the certificate chain and the signed attributes, hex-encoded.
      options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
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
