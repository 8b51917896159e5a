package id.meritflow.penandatanganan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML of the public verification pages: server-rendered, no script, no CDN, readable on a
 * phone. Shows only what ADR 0008 allows: status, number, date, agency, signer and office, hashes
 * and revocation; never the employee's name or NIP.
 */
final class HalamanVerifikasi {

  static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
  /** Inline style only; the form posts to this site only; nothing may frame the page. */
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; "
      + "frame-ancestors 'none'";

  private HalamanVerifikasi() {}

  static ResponseEntity<String> response(HttpStatus status, String body) {
    return ResponseEntity.status(status)
        .cacheControl(CacheControl.noStore())
        .header("X-Robots-Tag", "noindex")
        .header("Content-Security-Policy", CSP)
        .header("X-Content-Type-Options", "nosniff")
        .contentType(HTML)
        .body(body);
  }

  /** The same status and headers for a page written by a filter, before any controller. */
  static void write(HttpServletResponse response, int status, String body) throws IOException {
    response.setStatus(status);
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    response.setHeader("X-Robots-Tag", "noindex");
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentType(HTML.toString());
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** The answer to an uploaded file: the three questions first, then the registered SK's public facts. */
  static String hasil(HasilVerifikasi h, DataSize ukuranMaks) {
    String tandaTangan = !h.adaTandaTangan() ? "Tidak ada tanda tangan elektronik"
        : h.tandaTanganValid() && h.dokumenUtuh() && h.sertifikatTerpercaya() ? "Valid"
        : !h.tandaTanganValid() ? "TIDAK VALID: isi berkas tidak sesuai dengan yang ditandatangani"
        : !h.dokumenUtuh() ? "TIDAK VALID: berkas diubah atau ditambah setelah ditandatangani"
        : "Utuh, tetapi sertifikat tidak diterbitkan oleh CA yang dipercaya";
    String terdaftar = h.samaDenganArsip() ? "Ya: SHA-256 sama dengan arsip SK"
        : h.terdaftar() ? "TIDAK: berkas ini berbeda dengan arsip SK nomor " + h.sk().nomor()
        : "TIDAK: tidak ada SK terdaftar dengan berkas ini";
    String pencabutan = pencabutan(h);
    String content = status(h) + "<p id=\"ringkasan\">" + e(h.ringkasan()) + "</p>"
        + "<h2>Hasil pemeriksaan</h2><table id=\"hasil\">"
        + row("Tanda tangan elektronik", tandaTangan)
        + row("Dokumen terdaftar", terdaftar)
        + row("Status pencabutan", pencabutan)
        + hashRow("SHA-256 berkas yang diperiksa", h.sha256()) + "</table>"
        + (h.sk() == null ? "" : "<h2>SK terdaftar</h2>" + skTable(h.sk()))
        + "<h2>Periksa berkas lain</h2>" + formulir(ukuranMaks);
    return page(content);
  }

  /** The page behind the QR code: the stored SK, its status and its public facts. */
  static String kode(HasilVerifikasi h) {
    return page(status(h) + "<p id=\"ringkasan\">" + e(h.ringkasan()) + "</p>" + skTable(h.sk())
        + "<p class=\"note\">Cocokkan SHA-256 di atas dengan berkas PDF yang Anda terima, atau "
        + "<a href=\"../verifikasi-sk\">unggah berkas tersebut</a> untuk memeriksa tanda tangan elektroniknya.</p>");
  }

  static String kodeTidakDitemukan() {
    return page("<p class=\"bad\">TIDAK DITEMUKAN</p><p>Tidak ada SK dengan kode verifikasi ini. "
        + "Periksa kembali kode pada dokumen; dokumen tanpa kode yang terdaftar tidak dapat dipastikan keasliannya.</p>");
  }

  static String formulirSaja(DataSize ukuranMaks) {
    return page("<p>Unggah berkas PDF Surat Keputusan (SK) untuk memeriksa apakah tanda tangan elektroniknya sah, "
        + "apakah berkasnya sama dengan SK yang terdaftar, dan apakah SK tersebut dicabut.</p>" + formulir(ukuranMaks));
  }

  /** A refused upload or request: the reason, its stable code and (unless told to wait) the form again. */
  static String penolakan(String judul, String pesan, String kode, DataSize ukuranMaksAtauNull) {
    return page("<p class=\"bad\">" + e(judul) + "</p><p id=\"pesan\">" + e(pesan) + "</p>"
        + "<p class=\"note\">Kode: <span id=\"kode\">" + e(kode) + "</span></p>"
        + (ukuranMaksAtauNull == null ? "" : formulir(ukuranMaksAtauNull)));
  }

  static String ukuran(DataSize size) {
    long bytes = size.toBytes();
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0).replace(".0", "").replace('.', ',') + " MB";
    }
    return Math.max(1, bytes / 1024) + " KB";
  }

  private static String status(HasilVerifikasi h) {
    if (h.dicabut()) {
      return "<p class=\"bad\" id=\"status\">DICABUT</p>";
    }
    return h.sah() ? "<p class=\"ok\" id=\"status\">SAH</p>" : "<p class=\"bad\" id=\"status\">TIDAK SAH</p>";
  }

  private static String pencabutan(HasilVerifikasi h) {
    if (h.sk() == null) {
      return "Tidak dapat diperiksa: SK tidak terdaftar";
    }
    return h.sk().tanggalDicabut() == null ? "Tidak tercatat dicabut" : "DICABUT pada " + h.sk().tanggalDicabut();
  }

  private static String skTable(HasilVerifikasi.SkPublik sk) {
    return "<table id=\"sk\">" + row("Nomor SK", sk.nomor()) + row("Tanggal penandatanganan", sk.tanggal())
        + row("Instansi", sk.instansi()) + row("Penandatangan", sk.penandatangan() + ", " + sk.jabatanPenandatangan())
        + row("Status pencabutan", sk.tanggalDicabut() == null ? "Tidak tercatat dicabut"
            : "DICABUT pada " + sk.tanggalDicabut())
        + hashRow("SHA-256 arsip", sk.sha256()) + "</table>";
  }

  private static String formulir(DataSize ukuranMaks) {
    return "<form method=\"post\" enctype=\"multipart/form-data\">"
        + "<label for=\"berkas\">Berkas PDF SK</label>"
        + "<input type=\"file\" id=\"berkas\" name=\"berkas\" accept=\"application/pdf,.pdf\" required>"
        + "<button type=\"submit\">Periksa</button></form>"
        + "<p class=\"note\">Hanya berkas PDF, ukuran maksimal " + e(ukuran(ukuranMaks)) + ". Berkas hanya diperiksa "
        + "dan tidak disimpan.</p>";
  }

  private static String row(String label, String value) {
    return "<tr><th>" + e(label) + "</th><td>" + e(value) + "</td></tr>";
  }

  /** A hash has no spaces: only it may break anywhere (other words never break mid-word). */
  private static String hashRow(String label, String hash) {
    return "<tr><th>" + e(label) + "</th><td><code class=\"hash\">" + e(hash) + "</code></td></tr>";
  }

  private static String e(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text);
  }

  private static String page(String content) {
    return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"robots\" content=\"noindex\">"
        + "<title>Verifikasi SK — MeritFlow</title><style>"
        + "body{font-family:sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;color:#222;line-height:1.4}"
        + "h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}"
        + ".ok{color:#0a6b2d;font-size:1.6rem;font-weight:bold}.bad{color:#a4161a;font-size:1.6rem;font-weight:bold}"
        + "table{border-collapse:collapse;width:100%}"
        + "th{text-align:left;padding:.3rem 1rem .3rem 0;vertical-align:top;width:40%}"
        + "td{padding:.3rem 0;vertical-align:top;overflow-wrap:break-word;hyphens:none}"
        + ".hash{word-break:break-all;font-size:.85rem}"
        + "form{display:flex;flex-direction:column;gap:.6rem;margin:1rem 0}"
        + "input[type=file]{font-size:1rem;max-width:100%}"
        + "button{font-size:1.1rem;padding:.7rem;border:0;border-radius:.3rem;background:#0b4f8a;color:#fff}"
        + "@media (max-width:30rem){th,td{display:block;width:auto;padding:.1rem 0}td{padding-bottom:.6rem}}"
        + ".note{font-size:.85rem;color:#555}</style></head><body><h1>Verifikasi Surat Keputusan</h1>"
        + content + "</body></html>";
  }
}
