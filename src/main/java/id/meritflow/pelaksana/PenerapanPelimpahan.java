package id.meritflow.pelaksana;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Applies one absence to one task and takes it back: the rules of ADR 0016 in one place, used by
 * the create listener (new tasks) and the reconciliation (waiting tasks). Due dates and timers are
 * never touched, so the SLA runs on as if nobody were away.
 */
@Component
class PenerapanPelimpahan {

  /** The case's proposer, who reads every task of their case (platform/tugas). */
  static final String PENGUSUL = "pengusul";

  private final PelaksanaProperties properties;
  private final PelimpahanRepository pelimpahan;
  private final KetidakhadiranRepository ketidakhadiran;
  private final IzinTugas izin;
  private final IdentityService identity;
  private final Clock clock;

  PenerapanPelimpahan(PelaksanaProperties properties, PelimpahanRepository pelimpahan,
      KetidakhadiranRepository ketidakhadiran, IzinTugas izin, IdentityService identity, Clock clock) {
    this.properties = properties;
    this.pelimpahan = pelimpahan;
    this.ketidakhadiran = ketidakhadiran;
    this.izin = izin;
    this.identity = identity;
    this.clock = clock;
  }

  /** Whether the official would work on this task: theirs, or their group's and not taken by anyone. */
  static boolean milikPejabat(Tugas t, Pengguna pejabat) {
    if (t.tenantId() == null || !pejabat.tenants().contains(t.tenantId()) || t.prosesKey() == null) {
      return false;
    }
    if (pejabat.id().equals(t.assignee())) {
      return true;
    }
    return t.assignee() == null
        && (t.calonPengguna().contains(pejabat.id()) || !Collections.disjoint(t.calonKelompok(), pejabat.groups()));
  }

  /**
   * Applies the absence and writes its row, in the caller's transaction. Nothing happens when the
   * acting official may work on the task in their own right (their own group's task, say).
   *
   * @param tugasBaru the task is in its create event: nobody has a grant on it in the database yet
   * @return whether the acting official may now work on the task (false: reserved, or theirs already)
   */
  boolean terapkan(Ketidakhadiran k, Tugas t, Pengguna pejabat, Pengguna pelaksana, boolean tugasBaru) {
    String p = pelaksana.id();
    Optional<PelaksanaProperties.Dicadangkan> cadangan = properties.dicadangkan(t.prosesKey(), t.tugasKey());
    boolean sudahBisa = p.equals(t.assignee()) || t.calonPengguna().contains(p)
        || !Collections.disjoint(t.calonKelompok(), pelaksana.groups());
    if (sudahBisa) {
      return false;
    }
    Optional<Integer> izinSemula = tugasBaru ? Optional.empty() : izin.izin(p, t.id());
    Pelimpahan baris;
    if (cadangan.isEmpty()) {
      boolean ditugaskan = pejabat.id().equals(t.assignee());
      if (ditugaskan) {
        t.tetapkanAssignee(p);
      } else {
        t.tambahCalon(p);
      }
      t.info(TeksPelimpahan.dilimpahkan(k, pejabat, pelaksana));
      baris = new Pelimpahan(k.id(), t.id(), true, !ditugaskan, ditugaskan ? Optional.of(pejabat.id()) : Optional.empty(),
          izinSemula, Optional.empty());
    } else {
      if (izinSemula.isEmpty() && !pengusul(t, p)) {
        izin.bacaSaja(p, t.id());
      }
      String atasan = kosong(cadangan.get().kelompokAtasan()) ? null : cadangan.get().kelompokAtasan();
      boolean tambahAtasan = atasan != null && !t.calonKelompok().contains(atasan);
      if (tambahAtasan) {
        t.tambahKelompok(atasan);
      }
      t.info(TeksPelimpahan.dicadangkan(k, pejabat, pelaksana, cadangan.get().alasan(),
          atasan == null ? null : namaKelompok(atasan)));
      baris = new Pelimpahan(k.id(), t.id(), false, false, Optional.empty(),
          izinSemula, tambahAtasan ? Optional.of(atasan) : Optional.empty());
    }
    pelimpahan.simpan(baris, clock.instant());
    return cadangan.isEmpty();
  }

  /**
   * Takes back what the row says was added, and removes the row, in the caller's transaction. What
   * another absence in force today still needs (the same acting official on the same task) is handed
   * over to that absence's row instead.
   */
  void pulihkan(Pelimpahan baris, Ketidakhadiran k, Tugas t, LocalDate hari) {
    String p = k.pelaksana();
    List<Pelimpahan> lain = pelimpahan.untukTugas(t.id()).stream()
        .filter(o -> !o.ketidakhadiranId().equals(baris.ketidakhadiranId())).toList();
    Optional<Pelimpahan> penerus = lain.stream().filter(o -> o.dilimpahkan() == baris.dilimpahkan())
        .filter(o -> ketidakhadiran.cari(o.ketidakhadiranId())
            .filter(x -> x.pelaksana().equals(p) && x.berlakuPada(hari)).isPresent())
        .findFirst();
    if (penerus.isPresent()) {
      pelimpahan.alihkan(baris, penerus.get());
    } else if (baris.dilimpahkan()) {
      if (p.equals(t.assignee())) {
        t.tetapkanAssignee(baris.assigneeSemula().orElse(null));
      }
      if (baris.calonDitambah()) {
        t.hapusCalon(p);
      }
      izin.pulihkan(p, t.id(), baris.izinSemula(), pengusul(t, p));
    } else {
      izin.pulihkan(p, t.id(), baris.izinSemula(), pengusul(t, p));
    }
    baris.kelompokDitambah().filter(g -> lain.stream().noneMatch(o -> o.kelompokDitambah().filter(g::equals).isPresent()))
        .ifPresent(t::hapusKelompok);
    if (lain.isEmpty()) {
      t.info(null);
    }
    pelimpahan.hapus(baris);
  }

  private String namaKelompok(String groupId) {
    Group g = identity.createGroupQuery().groupId(groupId).singleResult();
    return g == null || g.getName() == null ? groupId : g.getName();
  }

  private static boolean pengusul(Tugas t, String userId) {
    return userId.equals(String.valueOf(t.variabelKasus(PENGUSUL)));
  }

  private static boolean kosong(String s) {
    return s == null || s.isBlank();
  }
}
