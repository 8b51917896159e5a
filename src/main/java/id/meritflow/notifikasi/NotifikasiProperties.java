package id.meritflow.notifikasi;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code meritflow.notifikasi.*} (application.yaml documents each key).
 *
 * @param urlAplikasi start of every deep link in a message
 * @param kanal outbound channels used besides the in-app inbox (codes of {@link KanalNotifikasi} beans)
 * @param ringkasanInterval one digest e-mail of new tasks per recipient per this interval
 * @param prosesKasus process keys whose end is told to the employee and the proposer
 * @param smtp the SMTP server of the EMAIL channel (off while host is empty)
 * @param pengiriman the delivery job
 */
@ConfigurationProperties("meritflow.notifikasi")
record NotifikasiProperties(String urlAplikasi, List<String> kanal, Duration ringkasanInterval,
    List<String> prosesKasus, Smtp smtp, Pengiriman pengiriman) {

  NotifikasiProperties {
    urlAplikasi = urlAplikasi == null || urlAplikasi.isBlank() ? "http://localhost:8080" : urlAplikasi.replaceAll("/+$", "");
    kanal = kanal == null ? List.of("EMAIL") : List.copyOf(kanal);
    ringkasanInterval = ringkasanInterval == null ? Duration.ofMinutes(30) : ringkasanInterval;
    prosesKasus = prosesKasus == null ? List.of("mutasi", "kenaikan-pangkat", "disiplin") : List.copyOf(prosesKasus);
    smtp = smtp == null ? new Smtp(null, 587, null, null, true, true, null, Duration.ofSeconds(10)) : smtp;
    pengiriman = pengiriman == null ? new Pengiriman(null, 0, null, null, 0, null) : pengiriman;
  }

  /**
   * @param starttls use STARTTLS; {@code starttlsWajib}: refuse to send without it
   * @param pengirim the From address
   */
  record Smtp(String host, int port, String username, String password, boolean starttls, boolean starttlsWajib,
      String pengirim, Duration batasWaktu) {

    Smtp {
      port = port <= 0 ? 587 : port;
      pengirim = pengirim == null || pengirim.isBlank() ? "MeritFlow <no-reply@meritflow.invalid>" : pengirim;
      batasWaktu = batasWaktu == null ? Duration.ofSeconds(10) : batasWaktu;
    }

    boolean aktif() {
      return host != null && !host.isBlank();
    }
  }

  /**
   * @param interval how often the job looks for due rows
   * @param batasPerPutaran rows per pass
   * @param jedaAwal wait after the first failure; doubled after each further one ...
   * @param jedaMaks ... up to this
   * @param maksPercobaan attempts before a row is GAGAL (an administrator can send it again)
   * @param sewa how long a running attempt holds its row; after a crash the row is tried again then
   */
  record Pengiriman(Duration interval, int batasPerPutaran, Duration jedaAwal, Duration jedaMaks, int maksPercobaan,
      Duration sewa) {

    Pengiriman {
      interval = interval == null ? Duration.ofSeconds(15) : interval;
      batasPerPutaran = batasPerPutaran <= 0 ? 100 : batasPerPutaran;
      jedaAwal = jedaAwal == null ? Duration.ofMinutes(1) : jedaAwal;
      jedaMaks = jedaMaks == null ? Duration.ofHours(1) : jedaMaks;
      maksPercobaan = maksPercobaan <= 0 ? 30 : maksPercobaan;
      sewa = sewa == null ? Duration.ofMinutes(5) : sewa;
    }

    /** Backoff after the n-th failed attempt: jedaAwal · 2^(n-1), at most jedaMaks. */
    Duration jedaSetelah(int percobaan) {
      Duration jeda = jedaAwal;
      for (int i = 1; i < percobaan && jeda.compareTo(jedaMaks) < 0; i++) {
        jeda = jeda.multipliedBy(2);
      }
      return jeda.compareTo(jedaMaks) > 0 ? jedaMaks : jeda;
    }
  }
}
