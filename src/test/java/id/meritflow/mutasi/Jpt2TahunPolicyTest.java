package id.meritflow.mutasi;

import static id.meritflow.mutasi.FaktaMutasiBuilder.TMT;
import static id.meritflow.mutasi.FaktaMutasiBuilder.aFaktaMutasi;
import static id.meritflow.mutasi.JabatanBuilder.aJabatan;
import static id.meritflow.mutasi.PegawaiBuilder.aPegawai;
import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.Pegawai;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Jpt2TahunPolicyTest {

  private final Jpt2TahunPolicy policy = new Jpt2TahunPolicy(KebijakanMutasi.DEFAULT);

  private static FaktaMutasiBuilder menggantikanPemangku(JenisJabatan jenis, LocalDate dilantik) {
    Pegawai pemangku = aPegawai().withNip("197001012000011001").withNama("Kepala Dinas").withJabatan("kota-a-kadis", dilantik).build();
    return aFaktaMutasi().withJabatanTujuan(aJabatan().withId("kota-a-kadis").withNama("Kepala Dinas").withJenis(jenis)
        .withKebutuhan(1)).withPemegang(pemangku);
  }

  @Test
  void statesItsBasisAsAConfigurablePolicyNotTheRevokedLaw() {
    String dasar = policy.info().dasarHukum();

    assertThat(dasar).contains("dapat dikonfigurasi").contains("meritflow.mutasi.jpt-masa-jabatan-tahun")
        .contains("UU 5/2014 Pasal 116 ayat (1), dicabut oleh UU 20/2023").contains("perlu verifikasi");
    assertThat(policy.periksa(menggantikanPemangku(JenisJabatan.JPT_PRATAMA, TMT.minusYears(1)).build()).fakta())
        .containsEntry("masaPerlindunganTahun", "2");
  }

  @Test
  void zeroYearsTurnsThePolicyOff() {
    var kebijakan = KebijakanMutasi.DEFAULT;
    var tanpaPerlindungan = new Jpt2TahunPolicy(new KebijakanMutasi(kebijakan.masaJabatanMinimumTahun(),
        kebijakan.masaJabatanRotasiTahun(), kebijakan.kinerjaTahun(), kebijakan.apsMasaKerjaTahun(),
        kebijakan.pilkadaSebelumPenetapanCalonBulan(), kebijakan.pilkadaSetelahPelantikanBulan(),
        kebijakan.laporanPenggantianHariKerja(), 0, kebijakan.pengawasMasaPelaksanaTahun(),
        kebijakan.administratorMasaPengawasTahun(), kebijakan.jptPratamaMasaAdministratorTahun(),
        kebijakan.jptPratamaUsiaMaksimum()));

    assertThat(tanpaPerlindungan.periksa(menggantikanPemangku(JenisJabatan.JPT_PRATAMA, TMT.minusMonths(3)).build()).status())
        .isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void blocksReplacingAJptPratamaOneDayShortOfTwoYears() {
    HasilPemeriksaan hasil = policy.periksa(menggantikanPemangku(JenisJabatan.JPT_PRATAMA, TMT.minusYears(2).plusDays(1)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("197001012000011001").contains("pelanggaran");
  }

  @Test
  void allowsReplacingAJptOnTheSecondAnniversary() {
    assertThat(policy.periksa(menggantikanPemangku(JenisJabatan.JPT_PRATAMA, TMT.minusYears(2)).build()).status())
        .isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void allowsEarlyReplacementOfAJptPratamaForAViolation() {
    HasilPemeriksaan hasil = policy.periksa(menggantikanPemangku(JenisJabatan.JPT_PRATAMA, TMT.minusYears(1))
        .withAlasan(KategoriAlasan.PELANGGARAN).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void needsThePresidentForEarlyReplacementOfAJptMadya() {
    HasilPemeriksaan hasil = policy.periksa(menggantikanPemangku(JenisJabatan.JPT_MADYA, TMT.minusYears(1))
        .withAlasan(KategoriAlasan.TIDAK_MEMENUHI_SYARAT).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.PERLU_PERSETUJUAN);
    assertThat(hasil.pesan()).contains("persetujuan Presiden");
  }

  @Test
  void passesWithThePresidentsApprovalRecorded() {
    HasilPemeriksaan hasil = policy.periksa(menggantikanPemangku(JenisJabatan.JPT_MADYA, TMT.minusYears(1))
        .withAlasan(KategoriAlasan.TIDAK_MEMENUHI_SYARAT).withDokumen("POL-JPT-2TH", "Presiden").build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.fakta().get("persetujuanPresiden")).contains("Presiden");
  }

  @Test
  void replacesNobodyWhenTheJptPostHasAFreeSeat() {
    FaktaMutasiBuilder fakta = aFaktaMutasi().withJabatanTujuan(aJabatan().withJenis(JenisJabatan.JPT_PRATAMA).withKebutuhan(1));

    assertThat(policy.periksa(fakta.build()).status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void blocksMovingTheCandidateOutOfHisOwnJptPostWithinTwoYears() {
    FaktaMutasiBuilder fakta = aFaktaMutasi().withPegawai(aPegawai().withJabatan("kota-a-kadis", TMT.minusYears(1)))
        .withJabatanAsal(aJabatan().withId("kota-a-kadis").withNama("Kepala Dinas").withJenis(JenisJabatan.JPT_PRATAMA).build());

    HasilPemeriksaan hasil = policy.periksa(fakta.build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("pegawai yang diusulkan");
  }
}
