package id.meritflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.Eselon;
import id.meritflow.kepegawaian.JenisJabatan;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoPegawaiTest {

  private final CollectingSink registry = CollectingSink.generate(5_000);
  private final Map<String, JabatanData> jabatan =
      registry.jabatan().stream().collect(Collectors.toMap(JabatanData::id, Function.identity()));

  @Test
  void dewiLestariIsAPelaksanaOrFungsionalInCimahi() {
    PegawaiData dewi = registry.byNip(DemoPegawai.DEWI_NIP).pegawai();

    assertThat(dewi.nama()).isEqualTo("Dewi Lestari");
    assertThat(dewi.jenisKelamin()).isEqualTo('P');
    assertThat(dewi.tanggalLahir()).isEqualTo(LocalDate.of(1985, 3, 12));
    assertThat(dewi.tmtCpns()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(dewi.instansiId()).isEqualTo("cimahi");
    assertThat(jabatan.get(dewi.jabatanId()).jenis()).isIn(JenisJabatan.PELAKSANA, JenisJabatan.FUNGSIONAL);
  }

  @Test
  void budiSantosoIsAnAdministratorInCimahiAndDewisSuperior() {
    PegawaiData budi = registry.byNip(DemoPegawai.BUDI_NIP).pegawai();
    JabatanData post = jabatan.get(budi.jabatanId());

    assertThat(budi.nama()).isEqualTo("Budi Santoso");
    assertThat(budi.jenisKelamin()).isEqualTo('L');
    assertThat(budi.tanggalLahir()).isEqualTo(LocalDate.of(1979, 8, 17));
    assertThat(budi.tmtCpns()).isEqualTo(LocalDate.of(2005, 1, 1));
    assertThat(budi.instansiId()).isEqualTo("cimahi");
    assertThat(post.eselon()).isIn(Eselon.III_A, Eselon.III_B);
    assertThat(budi.golongan()).isBetween(post.golonganMin(), post.golonganMax());
    assertThat(budi.unitKerjaId()).isEqualTo(registry.byNip(DemoPegawai.DEWI_NIP).pegawai().unitKerjaId());
  }

  @Test
  void sariRahmawatiWorksForJawaBarat() {
    PegawaiData sari = registry.byNip(DemoPegawai.SARI_NIP).pegawai();

    assertThat(sari.nama()).isEqualTo("Sari Rahmawati");
    assertThat(sari.jenisKelamin()).isEqualTo('P');
    assertThat(sari.tanggalLahir()).isEqualTo(LocalDate.of(1990, 2, 24));
    assertThat(sari.tmtCpns()).isEqualTo(LocalDate.of(2015, 3, 1));
    assertThat(sari.instansiId()).isEqualTo("jabar");
  }

  @Test
  void namedEmployeesPassTheMeritChecksTheDemoStartsWith() {
    for (String nip : new String[] {DemoPegawai.DEWI_NIP, DemoPegawai.BUDI_NIP, DemoPegawai.SARI_NIP}) {
      GeneratedPegawai g = registry.byNip(nip);

      assertThat(g.kasusDisiplin()).isEmpty();
      assertThat(g.kinerja()).hasSize(3).allSatisfy(k -> assertThat(k.predikat().setidaknyaBaik()).isTrue());
      assertThat(g.pegawai().tmtJabatan()).isBefore(CollectingSink.REFERENCE_DATE.minusYears(2));
      assertThat(g.pegawai().tugasBelajar()).isFalse();
      assertThat(g.pegawai().ikatanDinasSampai()).isNull();
    }
  }

  @Test
  void namedEmployeesAreTheSameWhateverTheRegistrySize() {
    CollectingSink small = CollectingSink.generate(500);

    assertThat(small.byNip(DemoPegawai.BUDI_NIP).pegawai().golongan())
        .isEqualTo(registry.byNip(DemoPegawai.BUDI_NIP).pegawai().golongan());
    assertThat(small.byNip(DemoPegawai.DEWI_NIP).pegawai().nama()).isEqualTo("Dewi Lestari");
  }
}
