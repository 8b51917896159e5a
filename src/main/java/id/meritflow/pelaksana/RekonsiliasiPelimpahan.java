package id.meritflow.pelaksana;

import id.meritflow.platform.engine.SebagaiEngine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import id.meritflow.notifikasi.PemberitahuanKasus;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings every waiting task in line with the absences in force today: applies those not yet
 * applied (an absence just recorded or just begun) and takes back those that ended. Runs every
 * minute and right after an absence is recorded or ended. Each task is one transaction with its
 * {@code pelimpahan_tugas} row, so a crash loses nothing and leaves nothing half-done, and two nodes
 * running at once cannot both apply an absence to the same task (the row's primary key).
 */
@Component
class RekonsiliasiPelimpahan {

  private static final Logger log = LoggerFactory.getLogger(RekonsiliasiPelimpahan.class);

  private final KetidakhadiranRepository ketidakhadiran;
  private final PelimpahanRepository pelimpahan;
  private final PenerapanPelimpahan penerapan;
  private final DirektoriPengguna pengguna;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final PemberitahuanKasus pemberitahuan;

  RekonsiliasiPelimpahan(KetidakhadiranRepository ketidakhadiran, PelimpahanRepository pelimpahan,
      PenerapanPelimpahan penerapan, DirektoriPengguna pengguna, TaskService tasks, RuntimeService runtime,
      RepositoryService repository, IdentityService identity, TransactionTemplate tx, Clock clock,
      @Value("${meritflow.kalender.zona-waktu:Asia/Jakarta}") ZoneId zona, PemberitahuanKasus pemberitahuan) {
    this.pemberitahuan = pemberitahuan;
    this.ketidakhadiran = ketidakhadiran;
    this.pelimpahan = pelimpahan;
    this.penerapan = penerapan;
    this.pengguna = pengguna;
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.identity = identity;
    this.tx = tx;
    this.clock = clock.withZone(zona);
  }

  @Scheduled(initialDelayString = "${meritflow.pelaksana.rekonsiliasi:PT1M}",
      fixedDelayString = "${meritflow.pelaksana.rekonsiliasi:PT1M}")
  void terjadwal() {
    try {
      jalankan();
    } catch (RuntimeException e) {
      log.warn("Rekonsiliasi pelimpahan tugas gagal; dicoba lagi pada putaran berikutnya", e);
    }
  }

  /** One pass; the system acts, not the user whose request triggered it. */
  void jalankan() {
    SebagaiEngine.jalankan(identity, () -> {
      LocalDate hari = LocalDate.now(clock);
      pulihkanYangBerakhir(hari);
      ketidakhadiran.berlakuPada(hari).forEach(this::terapkan);
      return null;
    });
  }

  private void terapkan(Ketidakhadiran k) {
    Optional<Pengguna> pejabat = pengguna.cari(k.pejabat());
    Optional<Pengguna> pelaksana = pengguna.cari(k.pelaksana());
    if (pejabat.isEmpty() || pelaksana.isEmpty() || pejabat.get().tenants().isEmpty()) {
      return;
    }
    String[] tenants = pejabat.get().tenants().toArray(String[]::new);
    Map<String, Task> terbuka = new LinkedHashMap<>();
    tasks.createTaskQuery().taskAssignee(k.pejabat()).tenantIdIn(tenants).list().forEach(t -> terbuka.put(t.getId(), t));
    tasks.createTaskQuery().taskCandidateUser(k.pejabat()).tenantIdIn(tenants).list().forEach(t -> terbuka.put(t.getId(), t));
    var sudah = pelimpahan.taskIds(k.id());
    for (Task task : terbuka.values()) {
      if (sudah.contains(task.getId())) {
        continue;
      }
      satuTugas(task.getId(), () -> {
        Task segar = tasks.createTaskQuery().taskId(task.getId()).singleResult();
        if (segar == null || pelimpahan.ada(k.id(), segar.getId())) {
          return;
        }
        Tugas tugas = new TugasMenunggu(segar, tasks, runtime, repository);
        if (PenerapanPelimpahan.milikPejabat(tugas, pejabat.get())
            && penerapan.terapkan(k, tugas, pejabat.get(), pelaksana.get(), false)) {
          // a waiting task handed over now: the acting official learns of it like of a new task
          var kasus = runtime.createProcessInstanceQuery().processInstanceId(segar.getProcessInstanceId()).singleResult();
          var root = kasus == null ? null : runtime.createProcessInstanceQuery()
              .processInstanceId(kasus.getRootProcessInstanceId()).singleResult();
          pemberitahuan.tugasDiterima(segar.getId(), segar.getName(), segar.getDueDate(), segar.getTenantId(),
              root == null ? segar.getProcessInstanceId() : root.getId(), root == null ? null : root.getBusinessKey(),
              k.pelaksana());
        }
      });
    }
  }

  /**
   * Rows of absences no longer in force today are taken back, or just deleted when their task is
   * gone (completed while delegated: the trail has what it needs). Rows of absences in force stay,
   * so that a later pass does not apply them again.
   */
  private void pulihkanYangBerakhir(LocalDate hari) {
    for (Pelimpahan baris : pelimpahan.tidakBerlakuPada(hari)) {
      Optional<Ketidakhadiran> k = ketidakhadiran.cari(baris.ketidakhadiranId());
      satuTugas(baris.taskId(), () -> {
        // read again in this transaction: another node, or an earlier row of this pass, may have changed it
        Optional<Pelimpahan> segar = pelimpahan.untukTugas(baris.taskId()).stream()
            .filter(b -> b.ketidakhadiranId().equals(baris.ketidakhadiranId())).findFirst();
        Task task = tasks.createTaskQuery().taskId(baris.taskId()).singleResult();
        if (segar.isEmpty()) {
          return;
        }
        if (task == null) {
          pelimpahan.hapus(segar.get());
        } else {
          penerapan.pulihkan(segar.get(), k.orElseThrow(), new TugasMenunggu(task, tasks, runtime, repository), hari);
        }
      });
    }
  }

  private void satuTugas(String taskId, Runnable action) {
    try {
      tx.executeWithoutResult(status -> action.run());
    } catch (DataIntegrityViolationException | OptimisticLockingException e) {
      // another node or pass changed this task at the same moment; the next pass looks again
      log.debug("Pelimpahan tugas {} dilewati pada putaran ini: {}", taskId, e.getMessage());
    } catch (RuntimeException e) {
      // one task that cannot be changed (e.g. ended meanwhile) must not hold up the others
      log.warn("Pelimpahan tugas {} gagal pada putaran ini; dicoba lagi pada putaran berikutnya", taskId, e);
    }
  }
}
