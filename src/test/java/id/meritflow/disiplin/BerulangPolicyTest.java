package id.meritflow.disiplin;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.JenisHukuman;
import java.util.List;
import org.junit.jupiter.api.Test;

class BerulangPolicyTest {

  private final BerulangPolicy policy = new BerulangPolicy();

  @Test
  void firstViolationKeepsTheProposedPenalty() {
    var hasil = policy.terapkan(JenisHukuman.TEGURAN_TERTULIS, "PENYALAHGUNAAN_FASILITAS",
        List.of(new HukumanTerdahulu("DIS-1", "TIDAK_MASUK_KERJA", JenisHukuman.POTONGAN_TUKIN_25_6)));

    assertThat(hasil.jenisHukuman()).isEqualTo(JenisHukuman.TEGURAN_TERTULIS);
    assertThat(hasil.alasan().kode()).isEqualTo("DIS-BERULANG");
    assertThat(hasil.alasan().diterapkan()).isFalse();
  }

  @Test
  void repeatOfTheSameViolationGetsTheNextHeavierPenaltyThanTheLastOne() {
    var hasil = policy.terapkan(JenisHukuman.TEGURAN_TERTULIS, "PENYALAHGUNAAN_FASILITAS", List.of(
        new HukumanTerdahulu("DIS-1", "PENYALAHGUNAAN_FASILITAS", JenisHukuman.TEGURAN_TERTULIS),
        new HukumanTerdahulu("DIS-2", "penyalahgunaan_fasilitas", JenisHukuman.PERNYATAAN_TIDAK_PUAS)));

    assertThat(hasil.jenisHukuman()).isEqualTo(JenisHukuman.POTONGAN_TUKIN_25_6);
    assertThat(hasil.alasan().diterapkan()).isTrue();
    assertThat(hasil.alasan().pesan()).contains("DIS-2").contains("pemotongan tunjangan kinerja");
    assertThat(hasil.alasan().fakta()).containsEntry("hasil", "POTONGAN_TUKIN_25_6");
  }

  @Test
  void proposalAlreadyHeavierThanTheLastOneStands() {
    var hasil = policy.terapkan(JenisHukuman.PEMBEBASAN_JABATAN_12, "TIDAK_MASUK_KERJA",
        List.of(new HukumanTerdahulu("DIS-1", "TIDAK_MASUK_KERJA", JenisHukuman.TEGURAN_LISAN)));

    assertThat(hasil.jenisHukuman()).isEqualTo(JenisHukuman.PEMBEBASAN_JABATAN_12);
    assertThat(hasil.alasan().diterapkan()).isFalse();
  }

  @Test
  void repeatAfterDismissalCannotGoHigher() {
    var hasil = policy.terapkan(JenisHukuman.TEGURAN_LISAN, "X",
        List.of(new HukumanTerdahulu("DIS-1", "X", JenisHukuman.PDH_TAPS)));

    assertThat(hasil.jenisHukuman()).isEqualTo(JenisHukuman.PDH_TAPS);
  }
}
