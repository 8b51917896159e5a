package id.meritflow.notifikasi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Writes notifications into the outbox, in the caller's transaction: for each recipient one inbox
 * row (delivered at once) and one row per outbound channel (delivered later by
 * {@link PengirimNotifikasi}; new-task items wait for the digest instead). Recipients are resolved
 * within the case's agency only, so no notification crosses an agency boundary.
 */
@Service
public class Pemberitahuan {

  static final String KOTAK_MASUK = "KOTAK_MASUK";

  private final PenerimaDirectory direktori;
  private final TemplatPesan templat;
  private final NotifikasiRepository repository;
  private final KanalAktif kanal;
  private final NotifikasiProperties properties;
  private final Clock clock;

  Pemberitahuan(PenerimaDirectory direktori, TemplatPesan templat, NotifikasiRepository repository, KanalAktif kanal,
      NotifikasiProperties properties, Clock clock) {
    this.direktori = direktori;
    this.templat = templat;
    this.repository = repository;
    this.kanal = kanal;
    this.properties = properties;
    this.clock = clock;
  }

  /** Tells the event to everyone the target names within the event's agency; returns how many were told. */
  public int kirim(Peristiwa peristiwa, Sasaran sasaran) {
    if (peristiwa.instansiId().isEmpty()) {
      return 0; // a case without an agency has nobody who may be told
    }
    String instansi = peristiwa.instansiId().get();
    var penerima = new LinkedHashMap<String, Penerima>();
    sasaran.nipPegawai().flatMap(nip -> direktori.pegawai(nip, instansi)).ifPresent(p -> penerima.put(p.userId(), p));
    direktori.semua(sasaran.kelompok(), sasaran.pengguna(), instansi).forEach(p -> penerima.putIfAbsent(p.userId(), p));
    var rows = new ArrayList<NotifikasiRepository.Baru>();
    penerima.values().forEach(p -> rows.addAll(barisUntuk(peristiwa, p)));
    repository.simpanSemua(rows); // one statement for everyone told
    return penerima.size();
  }

  /** A deep link into the application: {@code /camunda/app/tasklist/…}, {@code /layanan}, … */
  public String tautan(String path) {
    return properties.urlAplikasi() + (path.startsWith("/") ? path : "/" + path);
  }

  /** Deep link that opens the task in Tasklist (after login if needed). */
  public String tautanTugas(String taskId) {
    return tautan("/camunda/app/tasklist/default/#/?task=" + taskId);
  }

  /** The recipient's inbox row and one row per outbound channel. */
  private java.util.List<NotifikasiRepository.Baru> barisUntuk(Peristiwa peristiwa, Penerima penerima) {
    Map<String, String> nilai = new HashMap<>(peristiwa.nilai());
    nilai.put("nama", penerima.nama());
    peristiwa.tautan().ifPresent(t -> nilai.put("tautan", t));
    var teks = templat.isi(peristiwa.jenis(), nilai);
    var now = clock.instant();
    var rows = new ArrayList<NotifikasiRepository.Baru>();
    rows.add(baris(peristiwa, penerima, KOTAK_MASUK, null, teks, StatusNotifikasi.TERKIRIM, now));
    boolean digest = peristiwa.jenis() == JenisNotifikasi.TUGAS_BARU;
    for (KanalNotifikasi k : kanal.semua()) {
      var alamat = k.alamat(penerima);
      StatusNotifikasi status = alamat.isEmpty() ? StatusNotifikasi.TANPA_ALAMAT
          : digest ? StatusNotifikasi.MENUNGGU_RINGKASAN : StatusNotifikasi.MENUNGGU;
      rows.add(baris(peristiwa, penerima, k.kode(), alamat.orElse(null), teks, status, now));
    }
    return rows;
  }

  private static NotifikasiRepository.Baru baris(Peristiwa p, Penerima penerima, String kanal, String alamat,
      TemplatPesan.Teks teks, StatusNotifikasi status, java.time.Instant now) {
    return new NotifikasiRepository.Baru(UUID.randomUUID().toString(), p.instansiId().orElse(null), penerima.userId(),
        kanal, alamat, p.jenis(), teks.subjek(), teks.isi(), p.tautan().orElse(null), p.kasusId().orElse(null),
        p.taskId().orElse(null), status, now);
  }
}
