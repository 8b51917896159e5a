package id.meritflow.mutasi;

import static id.meritflow.mutasi.FaktaMutasiBuilder.TMT;
import static id.meritflow.mutasi.FaktaMutasiBuilder.aFaktaMutasi;
import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.KasusDisiplin;
import id.meritflow.kepegawaian.StatusKasus;
import id.meritflow.kepegawaian.TingkatHukuman;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DisiplinPolicyTest {

  private final DisiplinPolicy policy = new DisiplinPolicy();

  @Test
  void passesWithACleanRecord() {
    assertThat(policy.periksa(aFaktaMutasi().build()).status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void rejectsAnOpenCaseAndCitesIt() {
    KasusDisiplin terbuka = new KasusDisiplin("KD-7", "Tidak masuk kerja 5 hari", LocalDate.of(2026, 1, 5),
        StatusKasus.TERBUKA, null, null, null, null);

    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withKasus(terbuka).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("KD-7").contains("masih terbuka");
    assertThat(hasil.fakta()).containsKey("kasus.KD-7").containsEntry("kasusMenghambat", "1");
  }

  @Test
  void rejectsAPenaltyRunningUntilTheDayAfterTheTmt() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withKasus(hukumanSampai(TMT.plusDays(1))).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("masih berjalan sampai");
  }

  @Test
  void passesWhenThePenaltyEndsOnTheTmt() {
    assertThat(policy.periksa(aFaktaMutasi().withKasus(hukumanSampai(TMT)).build()).status())
        .isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void passesWhenTheCaseWasStopped() {
    KasusDisiplin dihentikan = new KasusDisiplin("KD-9", "Dugaan", LocalDate.of(2025, 6, 1), StatusKasus.DIHENTIKAN,
        null, null, null, null);

    assertThat(policy.periksa(aFaktaMutasi().withKasus(dihentikan).build()).status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  private static KasusDisiplin hukumanSampai(LocalDate akhir) {
    return new KasusDisiplin("KD-8", "Tidak masuk kerja 12 hari", LocalDate.of(2025, 1, 10), StatusKasus.DIPUTUS,
        TingkatHukuman.SEDANG, "PEMOTONGAN_TUKIN_25_6_BULAN", akhir.minusMonths(6), akhir);
  }
}
