package id.meritflow.penandatanganan.web;

import id.meritflow.penandatanganan.VerifikasiSkService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Target of the QR code on every SK: whether an SK with this code exists and is valid. Meant to be
 * public (whoever holds the paper may check it), so it shows only number, date, agency, signer,
 * status, revocation and hash: no employee name or NIP.
 */
@Controller
class VerifikasiSkPage {

  private final VerifikasiSkService verifikasi;

  VerifikasiSkPage(VerifikasiSkService verifikasi) {
    this.verifikasi = verifikasi;
  }

  @GetMapping(path = "/verifikasi-sk/{kode}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> show(@PathVariable String kode) {
    return verifikasi.periksaKode(kode).map(v -> HasilVerifikasi.of(v, verifikasi::namaInstansi))
        .map(h -> HalamanVerifikasi.response(HttpStatus.OK, HalamanVerifikasi.kode(h)))
        .orElseGet(() -> HalamanVerifikasi.response(HttpStatus.NOT_FOUND, HalamanVerifikasi.kodeTidakDitemukan()));
  }
}
