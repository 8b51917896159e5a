package id.meritflow.mutasi;

import static id.meritflow.mutasi.FaktaMutasiBuilder.aFaktaMutasi;
import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.PredikatKinerja;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KinerjaPolicyTest {

  private final KinerjaPolicy policy = new KinerjaPolicy(KebijakanMutasi.DEFAULT);

  @Test
  void passesWithAtLeastBaikInEachOfTheLastTwoFullYears() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.fakta()).containsEntry("predikat2024", "Sangat Baik").containsEntry("predikat2025", "Baik");
  }

  @Test
  void rejectsAYearBelowBaik() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withKinerja(2025, PredikatKinerja.BUTUH_PERBAIKAN).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("tahun 2025 Butuh Perbaikan");
  }

  @Test
  void rejectsAMissingYearWithAClearMessage() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withoutKinerja(2024).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("predikat kinerja tahun 2024 belum tercatat");
    assertThat(hasil.fakta()).containsEntry("predikat2024", "belum tercatat");
  }

  @Test
  void ignoresTheRunningYear() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withKinerja(2026, PredikatKinerja.SANGAT_KURANG).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void judgesTheTwoYearsBeforeTheTmtYearAtTheYearBoundary() {
    FaktaMutasiBuilder fakta = aFaktaMutasi().withKinerja(2023, PredikatKinerja.BAIK).withKinerja(2025, PredikatKinerja.KURANG);

    assertThat(policy.periksa(fakta.withTmt(LocalDate.of(2025, 12, 31)).build()).status()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(policy.periksa(fakta.withTmt(LocalDate.of(2026, 1, 1)).build()).status()).isEqualTo(StatusPemeriksaan.GAGAL);
  }
}
