package id.meritflow.penandatanganan.web;

import id.meritflow.platform.web.BatasPermintaan;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the public verification pages before Spring reads any upload: per client address at
 * most so many page views and uploads per window (429 with {@code Retry-After}), and an upload
 * whose declared length exceeds the limit is refused (413) without parsing it. The address is the
 * servlet's remote address: behind a reverse proxy, {@code server.forward-headers-strategy} must
 * make it the client's, or all visitors share the proxy's counter.
 */
class VerifikasiPublikFilter extends OncePerRequestFilter {

  static final String KODE_BATAS = "BATAS_PERMINTAAN";

  private final BatasPermintaan halaman;
  private final BatasPermintaan unggah;
  private final VerifikasiPublikProperties properties;

  VerifikasiPublikFilter(BatasPermintaan halaman, BatasPermintaan unggah, VerifikasiPublikProperties properties) {
    this.halaman = halaman;
    this.unggah = unggah;
    this.properties = properties;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean upload = "POST".equals(request.getMethod());
    Optional<Duration> wait = (upload ? unggah : halaman).catat(request.getRemoteAddr());
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
      HalamanVerifikasi.write(response, 429, HalamanVerifikasi.penolakan("TERLALU BANYAK PERMINTAAN",
          "Terlalu banyak " + (upload ? "pemeriksaan berkas" : "permintaan") + " dari alamat Anda. "
              + "Silakan coba lagi dalam " + seconds + " detik.", KODE_BATAS, null));
      return;
    }
    if (upload && request.getContentLengthLong() > properties.ukuranMaks().toBytes()) {
      // Refused on the declared length: the body is not read, so it is not buffered either.
      HalamanVerifikasi.write(response, 413, VerifikasiPublikPage.terlaluBesar(properties.ukuranMaks()));
      return;
    }
    chain.doFilter(request, response);
  }
}
