package id.meritflow.mutasi;

import static id.meritflow.mutasi.InstansiBuilder.anInstansi;
import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.TingkatInstansi;
import org.junit.jupiter.api.Test;

class RuteMutasiTest {

  private final Instansi kotaA = anInstansi("kota-a").build();
  private final Instansi kotaB = anInstansi("kota-b").build();
  private final Instansi jabar = anInstansi("prov-jabar").withTingkat(TingkatInstansi.PROVINSI).build();
  private final Instansi kotaJateng = anInstansi("kota-c").withProvinsi("Jawa Tengah").build();
  private final Instansi kementerian = anInstansi("kemen-x").pusat().build();

  @Test
  void namesEachRouteFromTheTwoAgencies() {
    assertThat(RuteMutasi.antara(kotaA, kotaA)).contains(RuteMutasi.DALAM_INSTANSI);
    assertThat(RuteMutasi.antara(kotaA, kotaB)).contains(RuteMutasi.ANTAR_INSTANSI_SATU_PROVINSI);
    assertThat(RuteMutasi.antara(jabar, kotaA)).contains(RuteMutasi.ANTAR_INSTANSI_SATU_PROVINSI);
    assertThat(RuteMutasi.antara(kotaA, kotaJateng)).contains(RuteMutasi.ANTAR_PROVINSI);
    assertThat(RuteMutasi.antara(kotaA, kementerian)).contains(RuteMutasi.PUSAT_DAERAH);
    assertThat(RuteMutasi.antara(kementerian, anInstansi("kemen-y").pusat().build())).contains(RuteMutasi.PUSAT_DAERAH);
  }

  @Test
  void cannotTellTheRouteOfARegionalAgencyWithoutProvince() {
    assertThat(RuteMutasi.antara(kotaA, anInstansi("kota-d").withProvinsi(null).build())).isEmpty();
  }
}
