package id.meritflow.mutasi;

import static id.meritflow.mutasi.FaktaMutasiBuilder.TMT;
import static id.meritflow.mutasi.FaktaMutasiBuilder.aFaktaMutasi;
import static id.meritflow.mutasi.JabatanBuilder.aJabatan;
import static id.meritflow.mutasi.PegawaiBuilder.aPegawai;
import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.Pendidikan;
import org.junit.jupiter.api.Test;

class SyaratJabatanPolicyTest {

  private final SyaratJabatanPolicy policy = new SyaratJabatanPolicy(KebijakanMutasi.DEFAULT);

  @Test
  void passesWhenRankEqualsTheMinimum() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withJabatanTujuan(aJabatan().withGolonganMin(Golongan.III_C)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void rejectsRankBelowTheMinimum() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withJabatanTujuan(aJabatan().withGolonganMin(Golongan.III_D)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("golongan III/c di bawah golongan minimal III/d");
  }

  @Test
  void rejectsEducationBelowTheMinimum() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withPegawai(aPegawai().withPendidikan(Pendidikan.D3))
        .withJabatanTujuan(aJabatan().withPendidikanMin(Pendidikan.S1)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("pendidikan D3 di bawah pendidikan minimal S1");
  }

  @Test
  void admitsAPelaksanaToPengawasAfterExactlyFourYearsAsPelaksana() {
    HasilPemeriksaan hasil = policy.periksa(kePengawasSebagaiPelaksanaSejak(TMT.minusYears(4)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.fakta()).containsEntry("persyaratanMasuk", "berlaku");
  }

  @Test
  void rejectsAPelaksanaForPengawasOneDayShortOfFourYears() {
    HasilPemeriksaan hasil = policy.periksa(kePengawasSebagaiPelaksanaSejak(TMT.minusYears(4).plusDays(1)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("pengalaman sebagai pelaksana").contains("kurang dari 4 tahun");
  }

  @Test
  void requiresBaikForTwoYearsToEnterAPengawasPost() {
    HasilPemeriksaan hasil = policy.periksa(kePengawasSebagaiPelaksanaSejak(TMT.minusYears(6)).withoutKinerja(2025).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("tahun 2025 belum tercatat");
  }

  @Test
  void doesNotReapplyEntryRequirementsToALateralMoveBetweenPengawasPosts() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi()
        .withJabatanAsal(aJabatan().withId("kota-a-kasubag").withJenis(JenisJabatan.PENGAWAS).build())
        .withJabatanTujuan(aJabatan().withJenis(JenisJabatan.PENGAWAS)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.fakta().get("persyaratanMasuk")).startsWith("tidak berlaku");
  }

  @Test
  void admitsAPengawasToAdministratorAfterThreeYears() {
    FaktaMutasiBuilder fakta = aFaktaMutasi().withRiwayat(JenisJabatan.PENGAWAS, null, TMT.minusYears(3))
        .withJabatanTujuan(aJabatan().withJenis(JenisJabatan.ADMINISTRATOR));

    assertThat(policy.periksa(fakta.build()).status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void countsJfAhliMadyaTowardsJptPratama() {
    HasilPemeriksaan hasil = policy.periksa(keJptPratama(aPegawai())
        .withRiwayat(JenisJabatan.FUNGSIONAL, "AHLI_MADYA", TMT.minusYears(2)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
  }

  @Test
  void admitsToJptPratamaUpToTheDayBeforeThe57thBirthday() {
    HasilPemeriksaan hasil = policy.periksa(keJptPratama(aPegawai().withTanggalLahir(TMT.minusYears(57).plusDays(1)))
        .withRiwayat(JenisJabatan.ADMINISTRATOR, null, TMT.minusYears(3)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.fakta()).containsEntry("usia", "56");
  }

  @Test
  void rejectsJptPratamaCandidateAged57() {
    HasilPemeriksaan hasil = policy.periksa(keJptPratama(aPegawai().withTanggalLahir(TMT.minusYears(57)))
        .withRiwayat(JenisJabatan.ADMINISTRATOR, null, TMT.minusYears(3)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("usia 57 tahun melebihi batas 56 tahun");
  }

  @Test
  void readsAgeForNoPositionOtherThanJptPratama() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withPegawai(aPegawai().withTanggalLahir(TMT.minusYears(59))).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.fakta()).doesNotContainKey("usia");
  }

  private static FaktaMutasiBuilder kePengawasSebagaiPelaksanaSejak(java.time.LocalDate sejak) {
    return aFaktaMutasi().withRiwayat(JenisJabatan.PELAKSANA, null, sejak)
        .withJabatanTujuan(aJabatan().withJenis(JenisJabatan.PENGAWAS).withPendidikanMin(Pendidikan.D3));
  }

  private static FaktaMutasiBuilder keJptPratama(PegawaiBuilder pegawai) {
    return aFaktaMutasi().withPegawai(pegawai.withGolongan(Golongan.IV_C))
        .withJabatanAsal(aJabatan().withId("kota-a-kabag").withJenis(JenisJabatan.ADMINISTRATOR).build())
        .withJabatanTujuan(aJabatan().withJenis(JenisJabatan.JPT_PRATAMA).withGolonganMin(Golongan.IV_B)
            .withPendidikanMin(Pendidikan.S1).withKebutuhan(1));
  }
}
