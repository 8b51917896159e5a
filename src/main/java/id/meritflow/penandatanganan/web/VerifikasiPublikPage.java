package id.meritflow.penandatanganan.web;

import id.meritflow.penandatanganan.VerifikasiSkService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * Public upload form: anyone holding an SK's PDF may check its signature, whether it is the
 * registered SK and whether it was revoked, without login (ADR 0008). The file is checked, never
 * stored. Rate and size limits sit in {@link VerifikasiPublikFilter}.
 */
@Controller
class VerifikasiPublikPage {

  static final String KODE_KOSONG = "BERKAS_KOSONG";
  static final String KODE_BUKAN_PDF = "BERKAS_BUKAN_PDF";
  static final String KODE_TERLALU_BESAR = "BERKAS_TERLALU_BESAR";
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private final VerifikasiSkService verifikasi;
  private final VerifikasiPublikProperties properties;

  VerifikasiPublikPage(VerifikasiSkService verifikasi, VerifikasiPublikProperties properties) {
    this.verifikasi = verifikasi;
    this.properties = properties;
  }

  @GetMapping(path = "/verifikasi-sk", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> formulir() {
    return HalamanVerifikasi.response(HttpStatus.OK, HalamanVerifikasi.formulirSaja(properties.ukuranMaks()));
  }

  @PostMapping(path = "/verifikasi-sk", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> periksa(@RequestPart(name = "berkas", required = false) MultipartFile berkas)
      throws IOException {
    if (berkas == null || berkas.isEmpty()) {
      return ditolak(HttpStatus.BAD_REQUEST, "Pilih berkas PDF SK yang akan diperiksa.", KODE_KOSONG);
    }
    if (berkas.getSize() > properties.ukuranMaks().toBytes()) {
      return HalamanVerifikasi.response(HttpStatus.PAYLOAD_TOO_LARGE, terlaluBesar(properties.ukuranMaks()));
    }
    byte[] pdf = berkas.getBytes();
    // By content, not by name or declared type: a renamed file is still not a PDF.
    if (pdf.length < PDF_MAGIC.length || !Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
      return ditolak(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Berkas ini bukan PDF (isinya tidak diawali %PDF-). Unggah berkas PDF SK seperti yang Anda terima.",
          KODE_BUKAN_PDF);
    }
    HasilVerifikasi hasil = HasilVerifikasi.of(verifikasi.periksa(pdf), verifikasi::namaInstansi);
    return HalamanVerifikasi.response(HttpStatus.OK, HalamanVerifikasi.hasil(hasil, properties.ukuranMaks()));
  }

  static String terlaluBesar(DataSize ukuranMaks) {
    return HalamanVerifikasi.penolakan("BERKAS DITOLAK", "Berkas terlalu besar: ukuran maksimal "
        + HalamanVerifikasi.ukuran(ukuranMaks) + ". Berkas SK biasanya jauh lebih kecil; periksa apakah berkas "
        + "yang dipilih benar.", KODE_TERLALU_BESAR, ukuranMaks);
  }

  private ResponseEntity<String> ditolak(HttpStatus status, String pesan, String kode) {
    return HalamanVerifikasi.response(status,
        HalamanVerifikasi.penolakan("BERKAS DITOLAK", pesan, kode, properties.ukuranMaks()));
  }
}
