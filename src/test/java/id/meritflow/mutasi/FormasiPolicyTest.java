package id.meritflow.mutasi;

import static id.meritflow.mutasi.FaktaMutasiBuilder.aFaktaMutasi;
import static id.meritflow.mutasi.JabatanBuilder.aJabatan;
import static id.meritflow.mutasi.PegawaiBuilder.aPegawai;
import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.Pegawai;
import org.junit.jupiter.api.Test;

class FormasiPolicyTest {

  private final FormasiPolicy policy = new FormasiPolicy();
  private final Pegawai lain = aPegawai().withNip("199001012015011002").withNama("Siti").build();

  @Test
  void passesWhenTheTargetHasAFreeSeat() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withJabatanTujuan(aJabatan().withKebutuhan(2)).withPemegang(lain).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.fakta()).containsEntry("kebutuhan", "2").containsEntry("pemangkuLain", "1");
  }

  @Test
  void rejectsWhenEverySeatIsTaken() {
    Pegawai ketiga = aPegawai().withNip("199101012015011003").build();

    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withJabatanTujuan(aJabatan().withKebutuhan(2))
        .withPemegang(lain, ketiga).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("tidak lowong");
  }

  @Test
  void doesNotCountTheEmployeeAgainstThePositionHeAlreadyHolds() {
    Pegawai dirinya = aPegawai().build();

    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withJabatanTujuan(aJabatan().withKebutuhan(1))
        .withPemegang(dirinya).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.fakta()).containsEntry("pegawaiSudahMemangku", "ya");
  }
}
