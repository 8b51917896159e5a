package id.meritflow.pelaksana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The rules of applying an absence to a task and taking it back, on a task held in memory. */
class PenerapanPelimpahanTest {

  private static final LocalDate HARI = LocalDate.of(2026, 11, 16);
  private static final Pengguna PPK = new Pengguna("ppk-cimahi", "Wali Kota Cimahi", List.of("ppk"), List.of("cimahi"));
  private static final Pengguna SEKDA = new Pengguna("sekda-cimahi", "Sekretaris Daerah Kota Cimahi", List.of("staf"),
      List.of("cimahi"));
  private static final Ketidakhadiran CUTI = new Ketidakhadiran("k1", PPK.id(), SEKDA.id(), JenisPelaksana.PLH, HARI,
      HARI.plusDays(2), "Cuti tahunan", PPK.id(), Instant.EPOCH, Optional.empty());

  private final PelimpahanRepository pelimpahan = mock(PelimpahanRepository.class);
  private final KetidakhadiranRepository ketidakhadiran = mock(KetidakhadiranRepository.class);
  private final IzinTugas izin = mock(IzinTugas.class);
  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);

  private PenerapanPelimpahan penerapan(PelaksanaProperties.Dicadangkan... dicadangkan) {
    return new PenerapanPelimpahan(new PelaksanaProperties(List.of(dicadangkan), 3), pelimpahan, ketidakhadiran, izin,
        identity, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
  }

  @Test
  void taskAssignedToTheOfficialIsReassignedToThePlhAndBackWhenTheAbsenceEnds() {
    FakeTugas tugas = new FakeTugas("disiplin", "Task_BentukTim", PPK.id(), Set.of("ppk"));
    penerapan().terapkan(CUTI, tugas, PPK, SEKDA, false);

    assertThat(tugas.assignee).isEqualTo(SEKDA.id());
    assertThat(tugas.calonPengguna).doesNotContain(SEKDA.id());
    assertThat(tugas.info).contains("sebagai Plh Wali Kota Cimahi");
    ArgumentCaptor<Pelimpahan> baris = ArgumentCaptor.forClass(Pelimpahan.class);
    verify(pelimpahan).simpan(baris.capture(), any());
    assertThat(baris.getValue().assigneeSemula()).contains(PPK.id());

    penerapan().pulihkan(baris.getValue(), CUTI, tugas, HARI.plusDays(3));
    assertThat(tugas.assignee).isEqualTo(PPK.id());
    assertThat(tugas.info).isNull();
    verify(izin).pulihkan(SEKDA.id(), tugas.id(), Optional.empty(), false);
  }

  @Test
  void reservedTaskWithASuperiorGoesToTheSuperiorsGroupAndThePlhOnlyReadsIt() {
    when(identity.createGroupQuery().groupId("atasan").singleResult().getName()).thenReturn("Atasan langsung");
    FakeTugas tugas = new FakeTugas("disiplin", "Task_PutusUpaya", null, Set.of("ppk"));
    penerapan(new PelaksanaProperties.Dicadangkan("disiplin", "Task_PutusUpaya", "atasan", "Mengubah status hukum."))
        .terapkan(CUTI, tugas, PPK, SEKDA, false);

    assertThat(tugas.calonKelompok).contains("ppk", "atasan");
    assertThat(tugas.calonPengguna).doesNotContain(SEKDA.id());
    assertThat(tugas.info).contains("tidak dilimpahkan", "Mengubah status hukum.", "dialihkan kepada Atasan langsung");
    verify(izin).bacaSaja(SEKDA.id(), tugas.id());
    ArgumentCaptor<Pelimpahan> baris = ArgumentCaptor.forClass(Pelimpahan.class);
    verify(pelimpahan).simpan(baris.capture(), any());

    penerapan().pulihkan(baris.getValue(), CUTI, tugas, HARI.plusDays(3));
    assertThat(tugas.calonKelompok).containsExactly("ppk");
  }

  @Test
  void endingOneOfTwoAbsencesWithTheSamePlhLeavesTheTaskWithThePlhForTheOther() {
    // given two officials of one group away with the same Plh; the first absence added the Plh
    FakeTugas tugas = new FakeTugas("mutasi", "Task_TinjauUsulan", null, Set.of("ppk"));
    tugas.calonPengguna.add(SEKDA.id());
    Pelimpahan pertama = new Pelimpahan("k1", tugas.id(), true, true, Optional.empty(), Optional.empty(), Optional.empty());
    Pelimpahan kedua = new Pelimpahan("k2", tugas.id(), true, false, Optional.empty(), Optional.empty(), Optional.empty());
    when(pelimpahan.untukTugas(tugas.id())).thenReturn(List.of(pertama, kedua));
    when(ketidakhadiran.cari("k2")).thenReturn(Optional.of(new Ketidakhadiran("k2", "ppk-dua", SEKDA.id(),
        JenisPelaksana.PLH, HARI, HARI.plusDays(10), "Dinas luar", "ppk-dua", Instant.EPOCH, Optional.empty())));

    // when the first ends
    penerapan().pulihkan(pertama, CUTI, tugas, HARI.plusDays(3));

    // then the Plh stays, and the second absence's row now owns what the first added
    assertThat(tugas.calonPengguna).contains(SEKDA.id());
    verify(pelimpahan).alihkan(pertama, kedua);
    verify(izin, never()).pulihkan(any(), any(), any(), org.mockito.ArgumentMatchers.anyBoolean());
    verify(pelimpahan).hapus(pertama);
  }

  @Test
  void taskThePlhMayWorkOnInTheirOwnRightIsLeftAlone() {
    FakeTugas tugas = new FakeTugas("mutasi", "Task_TinjauUsulan", null, Set.of("ppk", "staf"));
    penerapan().terapkan(CUTI, tugas, PPK, SEKDA, false);

    assertThat(tugas.calonPengguna).isEmpty();
    verify(pelimpahan, never()).simpan(any(), any());
  }

  @Test
  void onlyTheOfficialsUnclaimedOrOwnTasksInTheirAgencyAreTheirs() {
    assertThat(PenerapanPelimpahan.milikPejabat(new FakeTugas("mutasi", "T", null, Set.of("ppk")), PPK)).isTrue();
    assertThat(PenerapanPelimpahan.milikPejabat(new FakeTugas("mutasi", "T", "ppk-lain", Set.of("ppk")), PPK)).isFalse();
    FakeTugas lain = new FakeTugas("mutasi", "T", null, Set.of("ppk"));
    lain.tenantId = "jabar";
    assertThat(PenerapanPelimpahan.milikPejabat(lain, PPK)).isFalse();
  }

  /** A task in memory. */
  static final class FakeTugas implements Tugas {
    final String prosesKey;
    final String tugasKey;
    String tenantId = "cimahi";
    String assignee;
    final Set<String> calonPengguna = new HashSet<>();
    final Set<String> calonKelompok;
    final Map<String, Object> variabel = new HashMap<>();
    String info;

    FakeTugas(String prosesKey, String tugasKey, String assignee, Set<String> kelompok) {
      this.prosesKey = prosesKey;
      this.tugasKey = tugasKey;
      this.assignee = assignee;
      this.calonKelompok = new HashSet<>(kelompok);
    }

    @Override public String id() { return "task-1"; }
    @Override public String tenantId() { return tenantId; }
    @Override public String prosesKey() { return prosesKey; }
    @Override public String tugasKey() { return tugasKey; }
    @Override public String assignee() { return assignee; }
    @Override public Set<String> calonPengguna() { return Set.copyOf(calonPengguna); }
    @Override public Set<String> calonKelompok() { return Set.copyOf(calonKelompok); }
    @Override public Object variabelKasus(String nama) { return variabel.get(nama); }
    @Override public void tambahCalon(String userId) { calonPengguna.add(userId); }
    @Override public void hapusCalon(String userId) { calonPengguna.remove(userId); }
    @Override public void tetapkanAssignee(String userId) { assignee = userId; }
    @Override public void tambahKelompok(String groupId) { calonKelompok.add(groupId); }
    @Override public void hapusKelompok(String groupId) { calonKelompok.remove(groupId); }
    @Override public void info(String teks) { info = teks; }
  }
}
