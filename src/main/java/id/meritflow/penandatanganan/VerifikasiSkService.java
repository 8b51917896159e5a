package id.meritflow.penandatanganan;

import id.meritflow.penandatanganan.dokumen.PadesVerifier;
import id.meritflow.penandatanganan.domain.KodeVerifikasi;
import id.meritflow.penandatanganan.domain.PemeriksaanTandaTangan;
import id.meritflow.penandatanganan.domain.SuratKeputusan;
import id.meritflow.penandatanganan.domain.Verifikasi;
import id.meritflow.penandatanganan.penyimpanan.JdbcSuratKeputusanRepository;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Verifies an uploaded SK, or the stored SK behind a verification code (the QR page). */
public class VerifikasiSkService {

  private static final Pattern PRINTED_CODE = Pattern.compile("kode verifikasi ([A-Z2-7]{16})");

  private final PadesVerifier verifier;
  private final JdbcSuratKeputusanRepository repository;

  VerifikasiSkService(PadesVerifier verifier, JdbcSuratKeputusanRepository repository) {
    this.verifier = verifier;
    this.repository = repository;
  }

  /** Checks the file's signature on its own, then looks for it among the stored SKs. */
  public Verifikasi periksa(byte[] pdf) {
    PemeriksaanTandaTangan tandaTangan = verifier.periksa(pdf);
    String sha256 = Sha256.hex(pdf);
    Optional<SuratKeputusan> stored = repository.findBySha256(sha256);
    boolean same = stored.isPresent();
    if (stored.isEmpty()) {
      // A changed copy has another hash; the code printed in its footer still names the original.
      stored = printedCode(pdf).flatMap(repository::findByKodeVerifikasi);
    }
    return new Verifikasi(tandaTangan, sha256, stored, same, Verifikasi.ringkasan(tandaTangan, stored, same));
  }

  /** The stored SK behind a code, with its stored PDF verified again. Empty for an unknown code. */
  public Optional<Verifikasi> periksaKode(String kode) {
    if (!KodeVerifikasi.valid(kode)) {
      return Optional.empty();
    }
    return repository.findByKodeVerifikasi(kode).flatMap(sk -> repository.pdf(sk.nomor()).map(pdf -> {
      PemeriksaanTandaTangan tandaTangan = verifier.periksa(pdf);
      String sha256 = Sha256.hex(pdf);
      boolean same = sha256.equals(sk.sha256());
      return new Verifikasi(tandaTangan, sha256, Optional.of(sk), same,
          Verifikasi.ringkasan(tandaTangan, Optional.of(sk), same));
    }));
  }

  /** The agency's name for display, or its id if the registry does not know it. */
  public String namaInstansi(String instansiId) {
    return repository.namaInstansi(instansiId).orElse(instansiId);
  }

  private static Optional<String> printedCode(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      Matcher matcher = PRINTED_CODE.matcher(text);
      return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
