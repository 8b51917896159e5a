package id.meritflow.mutasi;

import static id.meritflow.mutasi.FaktaMutasiBuilder.TMT;
import static id.meritflow.mutasi.FaktaMutasiBuilder.aFaktaMutasi;
import static id.meritflow.mutasi.PegawaiBuilder.aPegawai;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TugasBelajarPolicyTest {

  private final TugasBelajarPolicy policy = new TugasBelajarPolicy();

  @Test
  void passesWhenNotStudyingAndNotBound() {
    assertThat(policy.periksa(aFaktaMutasi().build()).status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void rejectsAnEmployeeOnStudyLeave() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withPegawai(aPegawai().onTugasBelajar()).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("tugas belajar");
  }

  @Test
  void passesWhenTheServiceBondEndsOnTheTmt() {
    assertThat(policy.periksa(aFaktaMutasi().withPegawai(aPegawai().withIkatanDinasSampai(TMT)).build()).status())
        .isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void rejectsAServiceBondEndingAfterTheTmt() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withPegawai(aPegawai().withIkatanDinasSampai(TMT.plusDays(1))).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("ikatan dinas");
    assertThat(hasil.fakta()).containsEntry("ikatanDinasSampai", "2026-03-02");
  }
}
