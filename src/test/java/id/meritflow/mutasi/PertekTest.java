package id.meritflow.mutasi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PertekTest {

  @Test
  void issuerFollowsTheRoute() {
    assertThat(Pertek.untuk(RuteMutasi.DALAM_INSTANSI, "MUT-1").penerbit()).contains("Tim penilai kinerja");
    assertThat(Pertek.untuk(RuteMutasi.ANTAR_INSTANSI_SATU_PROVINSI, "MUT-1").penerbit()).isEqualTo("Kantor Regional BKN");
    assertThat(Pertek.untuk(RuteMutasi.ANTAR_PROVINSI, "MUT-1").penerbit()).isEqualTo("Kepala BKN");
    assertThat(Pertek.untuk(RuteMutasi.PUSAT_DAERAH, "MUT-1").penerbit()).isEqualTo("Kepala BKN");
  }

  @Test
  void numberIsDerivedFromTheCaseSoARetryGivesTheSamePertek() {
    assertThat(Pertek.untuk(RuteMutasi.ANTAR_PROVINSI, "MUT-2026-ABCD2345"))
        .isEqualTo(Pertek.untuk(RuteMutasi.ANTAR_PROVINSI, "MUT-2026-ABCD2345"))
        .extracting(Pertek::nomor).isEqualTo("PERTEK/BKN/MUT-2026-ABCD2345");
  }
}
