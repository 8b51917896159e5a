package id.meritflow.mutasi;

import static id.meritflow.mutasi.FaktaMutasiBuilder.TMT;
import static id.meritflow.mutasi.FaktaMutasiBuilder.aFaktaMutasi;
import static id.meritflow.mutasi.InstansiBuilder.anInstansi;
import static id.meritflow.mutasi.PegawaiBuilder.aPegawai;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Aps10TahunPolicyTest {

  private final Aps10TahunPolicy policy = new Aps10TahunPolicy(KebijakanMutasi.DEFAULT);

  private FaktaMutasiBuilder apsKeKotaBDiangkatPada(java.time.LocalDate tmtCpns) {
    return aFaktaMutasi().withPegawai(aPegawai().withTmtCpns(tmtCpns)).atasPermintaanSendiri()
        .toInstansi(anInstansi("kota-b"), RuteMutasi.ANTAR_INSTANSI_SATU_PROVINSI);
  }

  @Test
  void flagsAnOwnRequestMoveOneDayBeforeTenYears() {
    HasilPemeriksaan hasil = policy.periksa(apsKeKotaBDiangkatPada(TMT.minusYears(10).plusDays(1)).build());

    assertThat(hasil.status()).isEqualTo(StatusPemeriksaan.LULUS);
    assertThat(hasil.ditandai()).hasValueSatisfying(p -> assertThat(p.jenis()).isEqualTo("APS_SEBELUM_10_TAHUN"));
  }

  @Test
  void doesNotFlagOnTheTenthAnniversary() {
    assertThat(policy.periksa(apsKeKotaBDiangkatPada(TMT.minusYears(10)).build()).ditandai()).isEmpty();
  }

  @Test
  void doesNotFlagAMoveTheAgencyAskedFor() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withPegawai(aPegawai().withTmtCpns(TMT.minusYears(3)))
        .toInstansi(anInstansi("kota-b"), RuteMutasi.ANTAR_INSTANSI_SATU_PROVINSI).build());

    assertThat(hasil.ditandai()).isEmpty();
  }

  @Test
  void doesNotFlagAnOwnRequestRotationInsideTheAgency() {
    HasilPemeriksaan hasil = policy.periksa(aFaktaMutasi().withPegawai(aPegawai().withTmtCpns(TMT.minusYears(3)))
        .atasPermintaanSendiri().build());

    assertThat(hasil.ditandai()).isEmpty();
  }
}
