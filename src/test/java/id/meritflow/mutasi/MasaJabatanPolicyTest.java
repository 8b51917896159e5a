package id.meritflow.mutasi;

import static id.meritflow.mutasi.FaktaMutasiBuilder.TMT;
import static id.meritflow.mutasi.FaktaMutasiBuilder.aFaktaMutasi;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasaJabatanPolicyTest {

  private final MasaJabatanPolicy policy = new MasaJabatanPolicy(KebijakanMutasi.DEFAULT);

  @Test
  void passesOnTheDayTwoYearsInThePostAreComplete() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withMasaJabatanSejak(TMT.minusYears(2)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.ditandai()).isEmpty();
    assertThat(hasil.fakta()).containsEntry("tmtJabatan", "2024-03-01").containsEntry("masaJabatan", "2 tahun 0 bulan 0 hari");
  }

  @Test
  void rejectsTransferOneDayShortOfTwoYearsInThePost() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withMasaJabatanSejak(TMT.minusYears(2).plusDays(1)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.kode()).isEqualTo("MUT-MASA-JABATAN");
    assertThat(hasil.pesan()).contains("kurang dari minimal 2 tahun");
  }

  @Test
  void flagsAsDueForRotationAfterMoreThanFiveYears() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withMasaJabatanSejak(TMT.minusYears(5).minusDays(1)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.ditandai()).hasValueSatisfying(p -> assertThat(p.jenis()).isEqualTo("JATUH_TEMPO_ROTASI"));
  }

  @Test
  void doesNotFlagOnTheFifthAnniversaryItself() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withMasaJabatanSejak(TMT.minusYears(5)).build());

    assertThat(hasil.ditandai()).isEmpty();
  }

  @Test
  void failsWhenTheCurrentPostHasNoRecordedTmt() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withMasaJabatanSejak(null).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
    assertThat(hasil.pesan()).contains("tidak tercatat");
  }

  @Test
  void minimumYearsComeFromConfiguration() {
    KebijakanMutasi tigaTahun = new KebijakanMutasi(3, 5, 2, 10, 6, 6, 7, 2, 4, 3, 2, 56);

    HasilPemeriksaan hasil = new MasaJabatanPolicy(tigaTahun)
        .periksa(aFaktaMutasi().withMasaJabatanSejak(TMT.minusYears(2)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.GAGAL);
  }
}
