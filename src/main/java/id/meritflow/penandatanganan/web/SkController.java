package id.meritflow.penandatanganan.web;

import id.meritflow.penandatanganan.PenandatangananService;
import id.meritflow.penandatanganan.VerifikasiSkService;
import id.meritflow.penandatanganan.domain.SuratKeputusan;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.InvalidRequestException;
import id.meritflow.platform.web.NotFoundException;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Signed SKs of the caller's agencies, and an employee's own SKs (those whose subject NIP is the
 * caller's). The number holds slashes, so it travels as a query parameter. Any other SK answers
 * 404, like one that does not exist.
 */
@RestController
@RequestMapping("/api/sk")
class SkController {

  private final PenandatangananService penandatanganan;
  private final VerifikasiSkService verifikasi;

  SkController(PenandatangananService penandatanganan, VerifikasiSkService verifikasi) {
    this.penandatanganan = penandatanganan;
    this.verifikasi = verifikasi;
  }

  @GetMapping
  SuratKeputusan metadata(@RequestParam String nomor, Caller caller) {
    return visible(nomor, caller);
  }

  @GetMapping("/pdf")
  ResponseEntity<byte[]> pdf(@RequestParam String nomor, Caller caller) {
    SuratKeputusan sk = visible(nomor, caller);
    byte[] pdf = penandatanganan.pdf(sk.nomor()).orElseThrow(() -> notFound(nomor));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("SK-" + sk.nomor().replaceAll("[^A-Za-z0-9.-]", "_") + ".pdf").build().toString())
        .body(pdf);
  }

  /** Any authenticated user may check a file; the answer names no employee. */
  @PostMapping(path = "/verifikasi", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  HasilVerifikasi periksa(@RequestPart("file") MultipartFile file) throws IOException {
    if (file.isEmpty()) {
      throw new InvalidRequestException(List.of(new FieldViolation("file", "BERKAS_KOSONG",
          "Unggah berkas PDF SK yang akan diperiksa.")));
    }
    return HasilVerifikasi.of(verifikasi.periksa(file.getBytes()), verifikasi::namaInstansi);
  }

  private SuratKeputusan visible(String nomor, Caller caller) {
    return penandatanganan.findByNomor(nomor)
        .filter(sk -> caller.mayRead(sk.instansiId()) || caller.nip().filter(sk.nip()::equals).isPresent())
        .orElseThrow(() -> notFound(nomor));
  }

  private static NotFoundException notFound(String nomor) {
    return new NotFoundException("SK_TIDAK_DITEMUKAN", "SK nomor " + nomor + " tidak ditemukan.");
  }
}
