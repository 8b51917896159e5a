package id.meritflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.Golongan;
import java.util.List;
import org.junit.jupiter.api.Test;

class CareerConsistencyTest {

  private final List<GeneratedPegawai> pegawai = CollectingSink.generate(5_000).pegawai;

  @Test
  void golonganNeverExceedsTheEducationCeiling() {
    assertThat(pegawai).allSatisfy(g -> assertThat(g.pegawai().golongan())
        .isLessThanOrEqualTo(EducationLadder.ceiling(g.pegawai().pendidikan())));
  }

  @Test
  void rankHistoryClimbsOneStepAtATimeFromCpnsToTheCurrentRank() {
    for (GeneratedPegawai g : pegawai) {
      List<RiwayatPangkatData> history = g.riwayatPangkat();
      PegawaiData p = g.pegawai();

      assertThat(history.get(0).golongan()).isEqualTo(EducationLadder.entry(p.pendidikan()));
      assertThat(history.get(0).tmt()).isEqualTo(p.tmtCpns());
      assertThat(history.get(history.size() - 1).golongan()).isEqualTo(p.golongan());
      assertThat(history.get(history.size() - 1).tmt()).isEqualTo(p.tmtGolongan());
      for (int i = 1; i < history.size(); i++) {
        assertThat(history.get(i).golongan().ordinal()).isEqualTo(history.get(i - 1).golongan().ordinal() + 1);
        assertThat(history.get(i).tmt()).isAfterOrEqualTo(history.get(i - 1).tmt().plusYears(2));
      }
    }
  }

  @Test
  void ujianDinasIsPassedBeforeCrossingIntoGolonganIiiAndIv() {
    for (GeneratedPegawai g : pegawai) {
      for (RiwayatPangkatData step : g.riwayatPangkat().subList(1, g.riwayatPangkat().size())) {
        if (step.golongan() == Golongan.III_A) {
          assertThat(g.pegawai().lulusUjianDinas1()).isNotNull().isBeforeOrEqualTo(step.tmt());
        }
        if (step.golongan() == Golongan.IV_A) {
          assertThat(g.pegawai().lulusUjianDinas2()).isNotNull().isBeforeOrEqualTo(step.tmt());
        }
      }
    }
  }

  @Test
  void positionHoldersStayWithinTheRangeWhereTheirEducationAllowsIt() {
    var jabatan = new java.util.HashMap<String, JabatanData>();
    CollectingSink.generate(5_000).jabatan().forEach(j -> jabatan.put(j.id(), j));

    for (GeneratedPegawai g : pegawai) {
      PegawaiData p = g.pegawai();
      JabatanData post = jabatan.get(p.jabatanId());
      Golongan ceiling = EducationLadder.ceiling(p.pendidikan());
      assertThat(p.pendidikan().memenuhi(post.pendidikanMin())).as(p.nip()).isTrue();
      if (ceiling.compareTo(post.golonganMin()) >= 0) {
        assertThat(p.golongan()).as(p.nip()).isBetween(post.golonganMin(), post.golonganMax());
      } else {
        // Ranges above every ceiling (eselon I.b, II.a): the holder waits at the ceiling.
        assertThat(p.golongan()).isEqualTo(ceiling);
      }
    }
  }

  @Test
  void everyoneHasTheirCurrentPostInThePositionHistory() {
    assertThat(pegawai).allSatisfy(g -> assertThat(g.riwayatJabatan())
        .anySatisfy(r -> {
          assertThat(r.jabatanId()).isEqualTo(g.pegawai().jabatanId());
          assertThat(r.tmt()).isEqualTo(g.pegawai().tmtJabatan());
        }));
  }
}
