package id.meritflow.disiplin;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.JenisHukuman;
import id.meritflow.kepegawaian.KasusDisiplin;
import id.meritflow.kepegawaian.StatusKasus;
import id.meritflow.kepegawaian.TingkatHukuman;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DIS-PEMERIKSA's range, DIS-PENYAMPAIAN's dates and how a case blocks careers over its life. */
class AturanHukumanTest {

  private final JadwalHukuman jadwal = new JadwalHukuman(15);

  @Test
  void decisionTakesEffectOnDay15AfterReceipt() {
    assertThat(jadwal.tmt(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 12, 8));
  }

  @ParameterizedTest
  @CsvSource({
      "POTONGAN_TUKIN_25_6, 2027-06-08",
      "POTONGAN_TUKIN_25_9, 2027-09-08",
      "POTONGAN_TUKIN_25_12, 2027-12-08",
      "PENURUNAN_JABATAN_12, 2027-12-08",
      "PEMBEBASAN_JABATAN_12, 2027-12-08",
  })
  void timedPenaltiesEndAfterTheirMonths(JenisHukuman jenis, LocalDate akhir) {
    assertThat(jadwal.akhir(jenis, LocalDate.of(2026, 12, 8))).contains(akhir);
  }

  @ParameterizedTest
  @CsvSource({"TEGURAN_LISAN", "TEGURAN_TERTULIS", "PERNYATAAN_TIDAK_PUAS", "PDH_TAPS"})
  void reprimandsAndDismissalHaveNoEndDate(JenisHukuman jenis) {
    assertThat(jadwal.akhir(jenis, LocalDate.of(2026, 12, 8))).isEmpty();
  }

  @Test
  void superiorAloneMayNotImposeMoreThanTheExaminedLevel() {
    var rentang = new RentangHukuman();

    assertThat(rentang.periksa(TingkatHukuman.RINGAN, JenisHukuman.PERNYATAAN_TIDAK_PUAS).diterapkan()).isFalse();
    var diLuar = rentang.periksa(TingkatHukuman.RINGAN, JenisHukuman.POTONGAN_TUKIN_25_6);
    assertThat(diLuar.diterapkan()).isTrue();
    assertThat(diLuar.kode()).isEqualTo("DIS-PEMERIKSA");
    assertThat(rentang.periksa(TingkatHukuman.BERAT, JenisHukuman.TEGURAN_LISAN).diterapkan()).isFalse();
  }

  @Test
  void openSuspendedAndRunningCasesBlockWhileEndedOrStoppedOnesDoNot() {
    LocalDate hari = LocalDate.of(2026, 12, 1);
    assertThat(kasus(StatusKasus.TERBUKA, null, null, null).menghambatPada(hari)).isTrue();
    assertThat(kasus(StatusKasus.DITANGGUHKAN, "PDH_TAPS", null, null).menghambatPada(hari)).isTrue();
    assertThat(kasus(StatusKasus.DIHENTIKAN, null, null, null).menghambatPada(hari)).isFalse();
    var tukin = kasus(StatusKasus.DIPUTUS, "POTONGAN_TUKIN_25_6", hari, hari.plusMonths(6));
    assertThat(tukin.menghambatPada(hari.plusMonths(6).minusDays(1))).isTrue();
    assertThat(tukin.menghambatPada(hari.plusMonths(6))).isFalse();
    assertThat(kasus(StatusKasus.DIPUTUS, "PDH_TAPS", hari, null).menghambatPada(hari.plusYears(5))).isTrue();
    assertThat(kasus(StatusKasus.DIPUTUS, "PDH_TAPS", hari, null).menghambatPada(hari.minusDays(1))).isFalse();
    assertThat(kasus(StatusKasus.DIPUTUS, "TEGURAN_LISAN", hari, null).menghambatPada(hari)).isFalse();
  }

  private static KasusDisiplin kasus(StatusKasus status, String jenis, LocalDate tmt, LocalDate akhir) {
    return new KasusDisiplin("DIS-1", "Uji", LocalDate.of(2026, 11, 1), status,
        jenis == null ? null : JenisHukuman.valueOf(jenis).tingkat(), jenis, tmt, akhir);
  }
}
