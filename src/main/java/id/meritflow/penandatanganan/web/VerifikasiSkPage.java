package id.meritflow.penandatanganan.web;

import id.meritflow.penandatanganan.VerifikasiSkService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * Target of the QR code on every SK: whether an SK with this code exists and is valid. Meant to be
 * public (whoever holds the paper may check it), so it shows only number, date, agency, signer,
 * status and hash: no employee name or NIP.
 */
@Controller
class VerifikasiSkPage {

  private final VerifikasiSkService verifikasi;

  VerifikasiSkPage(VerifikasiSkService verifikasi) {
    this.verifikasi = verifikasi;
  }

  @GetMapping(path = "/verifikasi-sk/{kode}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> show(@PathVariable String kode) {
    var result = verifikasi.periksaKode(kode).map(v -> HasilVerifikasi.of(v, verifikasi::namaInstansi));
    String body = result.map(VerifikasiSkPage::found).orElseGet(VerifikasiSkPage::notFound);
    return ResponseEntity.status(result.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
        .cacheControl(CacheControl.noStore())
        .header("X-Robots-Tag", "noindex")
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(body);
  }

  private static String found(HasilVerifikasi h) {
    var sk = h.sk();
    String status = h.sah() ? "<p class=\"ok\">SAH</p>" : "<p class=\"bad\">TIDAK SAH</p>";
    return page(status + "<p>" + e(h.ringkasan()) + "</p><table>"
        + row("Nomor SK", sk.nomor()) + row("Tanggal penandatanganan", sk.tanggal())
        + row("Instansi", sk.instansi()) + row("Penandatangan", sk.penandatangan() + ", " + sk.jabatanPenandatangan())
        + hashRow("SHA-256 berkas", sk.sha256()) + "</table>"
        + "<p class=\"note\">Cocokkan SHA-256 di atas dengan berkas PDF yang Anda terima, atau unggah berkas tersebut "
        + "ke layanan verifikasi MeritFlow untuk memeriksa tanda tangan elektroniknya.</p>");
  }

  private static String notFound() {
    return page("<p class=\"bad\">TIDAK DITEMUKAN</p><p>Tidak ada SK dengan kode verifikasi ini. "
        + "Periksa kembali kode pada dokumen; dokumen tanpa kode yang terdaftar tidak dapat dipastikan keasliannya.</p>");
  }

  private static String row(String label, String value) {
    return "<tr><th>" + e(label) + "</th><td>" + e(value) + "</td></tr>";
  }

  /** The hash is one 64-character word: the only cell where the browser may break inside a word. */
  private static String hashRow(String label, String value) {
    return "<tr><th>" + e(label) + "</th><td class=\"hash\">" + e(value) + "</td></tr>";
  }

  private static String e(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text);
  }

  private static String page(String content) {
    return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Verifikasi SK — MeritFlow</title><style>"
        + "body{font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}"
        + ".ok{color:#0a6b2d;font-size:1.6rem;font-weight:bold}.bad{color:#a4161a;font-size:1.6rem;font-weight:bold}"
        + "th{text-align:left;padding:.3rem 1rem .3rem 0;vertical-align:top}"
        // Words break only at spaces ("Kepegawaia n" came from break-all on every cell).
        + "td{overflow-wrap:break-word}.hash{word-break:break-all;font-family:monospace}"
        + ".note{font-size:.85rem;color:#555}</style></head><body><h1>Verifikasi Surat Keputusan</h1>"
        + content + "</body></html>";
  }
}
