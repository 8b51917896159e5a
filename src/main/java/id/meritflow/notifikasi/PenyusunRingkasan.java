package id.meritflow.notifikasi;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One digest e-mail per recipient per interval instead of one mail per task: when a recipient's
 * oldest waiting new-task item is older than {@code meritflow.notifikasi.ringkasan-interval}, their
 * waiting items become one RINGKASAN_TUGAS row (delivered like any other). Tasks already done by
 * then are left out; if none is left, nothing is sent. Each recipient's digest is written in one
 * transaction, so an item is in exactly one digest.
 */
@Component
class PenyusunRingkasan {

  private static final Logger log = LoggerFactory.getLogger(PenyusunRingkasan.class);
  private static final int TASK_PER_QUERY = 500;

  private final NotifikasiRepository repository;
  private final PenerimaDirectory direktori;
  private final TemplatPesan templat;
  private final TaskService tasks;
  private final TransactionTemplate transaction;
  private final NotifikasiProperties properties;
  private final Clock clock;
  private volatile boolean berhenti;

  PenyusunRingkasan(NotifikasiRepository repository, PenerimaDirectory direktori, TemplatPesan templat, TaskService tasks,
      TransactionTemplate transaction, NotifikasiProperties properties, Clock clock) {
    this.repository = repository;
    this.direktori = direktori;
    this.templat = templat;
    this.tasks = tasks;
    this.transaction = transaction;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "${meritflow.notifikasi.pengiriman.interval:PT15S}",
      fixedDelayString = "${meritflow.notifikasi.pengiriman.interval:PT15S}")
  void jadwal() {
    try {
      susunYangJatuhTempo();
    } catch (RuntimeException e) {
      log.warn("Penyusunan ringkasan tugas gagal pada putaran ini; dicoba lagi pada putaran berikutnya", e);
    }
  }

  /** The application is closing: the pass ends after the recipient in hand (their digest is one transaction). */
  @EventListener(ContextClosedEvent.class)
  void aplikasiBerhenti() {
    berhenti = true;
  }

  /** Writes every due digest; returns how many digests were written. */
  int susunYangJatuhTempo() {
    int ditulis = 0;
    for (var antrean : repository.ringkasanJatuhTempo(clock.instant().minus(properties.ringkasanInterval()))) {
      if (berhenti) {
        break;
      }
      Boolean ada = transaction.execute(status -> susun(antrean));
      if (Boolean.TRUE.equals(ada)) {
        ditulis++;
      }
    }
    return ditulis;
  }

  private boolean susun(NotifikasiRepository.AntreanRingkasan antrean) {
    var items = repository.itemRingkasan(antrean.penerima(), antrean.kanal());
    var taskTerbuka = masihTerbuka(items.stream().flatMap(n -> n.taskId().stream()).distinct().toList());
    var terbuka = items.stream().filter(n -> n.taskId().map(taskTerbuka::contains).orElse(true)).toList();
    var idTerbuka = terbuka.stream().map(Notifikasi::id).collect(Collectors.toSet());
    String ringkasanId = UUID.randomUUID().toString();
    repository.gabungkan(items.stream().map(n -> new NotifikasiRepository.Gabung(n.id(), ringkasanId,
        idTerbuka.contains(n.id()) ? StatusNotifikasi.DIGABUNG : StatusNotifikasi.KEDALUWARSA)).toList());
    if (terbuka.isEmpty()) {
      return false;
    }
    Map<String, String> nilai = new HashMap<>();
    nilai.put("nama", direktori.nama(antrean.penerima()));
    nilai.put("jumlah", String.valueOf(terbuka.size()));
    nilai.put("tautanTasklist", properties.urlAplikasi() + "/camunda/app/tasklist/default/");
    nilai.put("daftar", terbuka.stream()
        .map(n -> "- " + n.isi() + n.tautan().map(t -> "\n  " + t).orElse(""))
        .collect(Collectors.joining("\n")));
    var teks = templat.isi(JenisNotifikasi.RINGKASAN_TUGAS, nilai);
    repository.simpan(new NotifikasiRepository.Baru(ringkasanId, antrean.instansiId(), antrean.penerima(),
        antrean.kanal(), antrean.alamat(), JenisNotifikasi.RINGKASAN_TUGAS, teks.subjek(), teks.isi(),
        properties.urlAplikasi() + "/camunda/app/tasklist/default/", null, null, StatusNotifikasi.MENUNGGU,
        clock.instant()));
    return true;
  }

  /** The tasks among these that are still open: one query per {@value #TASK_PER_QUERY}, not one per item. */
  private java.util.Set<String> masihTerbuka(java.util.List<String> taskIds) {
    var terbuka = new java.util.HashSet<String>();
    for (int from = 0; from < taskIds.size(); from += TASK_PER_QUERY) {
      var chunk = taskIds.subList(from, Math.min(taskIds.size(), from + TASK_PER_QUERY));
      tasks.createTaskQuery().taskIdIn(chunk.toArray(String[]::new)).list().forEach(t -> terbuka.add(t.getId()));
    }
    return terbuka;
  }

}
