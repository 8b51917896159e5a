package id.meritflow.notifikasi;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The delivery job: takes due rows one by one (a claim per row, so two nodes never send the same
 * one), calls the channel outside any transaction, and records the result. A failure waits
 * {@code jedaAwal · 2^(n-1)} (at most {@code jedaMaks}) before the next attempt; after
 * {@code maksPercobaan} the row is GAGAL and kept. Nothing here can fail a case: the case's
 * transaction committed long before.
 */
@Component
class PengirimNotifikasi {

  private static final Logger log = LoggerFactory.getLogger(PengirimNotifikasi.class);

  private final NotifikasiRepository repository;
  private final KanalAktif kanal;
  private final NotifikasiProperties.Pengiriman aturan;
  private final Clock clock;
  private volatile boolean berhenti;

  PengirimNotifikasi(NotifikasiRepository repository, KanalAktif kanal, NotifikasiProperties properties, Clock clock) {
    this.repository = repository;
    this.kanal = kanal;
    this.aturan = properties.pengiriman();
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "${meritflow.notifikasi.pengiriman.interval:PT15S}",
      fixedDelayString = "${meritflow.notifikasi.pengiriman.interval:PT15S}")
  void jadwal() {
    try {
      kirimYangJatuhTempo();
    } catch (RuntimeException e) {
      log.warn("Pengiriman notifikasi gagal pada putaran ini; dicoba lagi pada putaran berikutnya", e);
    }
  }

  /**
   * The application is closing: the pass in progress ends after the row in hand, so shutdown does
   * not wait for a backlog to drain (it waited up to the 30 s lifecycle limit, then the pass failed
   * on the closed connection pool). Rows not yet claimed stay due for the next start or another
   * node; a row claimed but not sent is taken up again when its lease runs out.
   */
  @EventListener(ContextClosedEvent.class)
  void aplikasiBerhenti() {
    berhenti = true;
  }

  /**
   * One pass: batches of due rows until none is left (a backlog after an outage drains in one
   * pass, not 100 rows per interval). Each row leaves the due set when it is tried (delivered,
   * waiting for its backoff, or GAGAL) or taken by another node, so the pass ends. Returns how many
   * were delivered.
   */
  int kirimYangJatuhTempo() {
    // each channel's Putaran lasts the whole pass: one SMTP connection for its e-mails, not one per message
    Map<String, KanalNotifikasi.Putaran> putaran = new HashMap<>();
    try {
      return kirimYangJatuhTempo(putaran);
    } finally {
      putaran.values().forEach(p -> {
        try {
          p.close();
        } catch (RuntimeException e) {
          log.debug("Menutup putaran pengiriman gagal", e);
        }
      });
    }
  }

  private int kirimYangJatuhTempo(Map<String, KanalNotifikasi.Putaran> putaran) {
    int terkirim = 0;
    List<String> batch;
    while (!(batch = repository.jatuhTempo(clock.instant(), aturan.batasPerPutaran())).isEmpty()) {
      boolean diambil = false;
      for (String id : batch) {
        if (berhenti) {
          return terkirim;
        }
        Instant now = clock.instant();
        var row = repository.klaim(id, now, now.plus(aturan.sewa()));
        if (row.isEmpty()) {
          continue;
        }
        diambil = true;
        if (kirim(row.get(), putaran)) {
          terkirim++;
        }
      }
      if (!diambil) {
        break; // every row of the batch was taken by another node meanwhile
      }
    }
    return terkirim;
  }

  private boolean kirim(Notifikasi n, Map<String, KanalNotifikasi.Putaran> putaran) {
    var k = kanal.kanal(n.kanal());
    if (k.isEmpty()) {
      repository.tidakDapatDikirim(n.id(), "Kanal " + n.kanal() + " tidak aktif pada konfigurasi ini.");
      return false;
    }
    try {
      var pesan = new PesanKeluar(n.id(), n.penerima(), n.alamat().orElse(""), n.subjek(), n.isi(), n.tautan());
      putaran.computeIfAbsent(n.kanal(), kode -> k.get().putaran()).kirim(pesan);
      repository.terkirim(n.id(), clock.instant());
      return true;
    } catch (Exception e) {
      Instant lagi = n.percobaan() >= aturan.maksPercobaan() ? null : clock.instant().plus(aturan.jedaSetelah(n.percobaan()));
      String galat = e.getClass().getSimpleName() + ": " + e.getMessage();
      repository.gagal(n.id(), galat, lagi);
      log.info("Notifikasi {} ({}) ke {} gagal pada percobaan {}: {}; {}", n.id(), n.kanal(), n.penerima(),
          n.percobaan(), galat, lagi == null ? "tidak dicoba lagi (GAGAL)" : "dicoba lagi pada " + lagi);
      return false;
    }
  }
}
