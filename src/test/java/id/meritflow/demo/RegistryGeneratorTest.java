package id.meritflow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritflow.kepegawaian.JenisJabatan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegistryGeneratorTest {

  private static CollectingSink registry;

  @BeforeAll
  static void generateOnce() {
    registry = CollectingSink.generate(5_000);
  }

  @Test
  void sameSeedAndReferenceDateGiveIdenticalRegistry() {
    CollectingSink again = CollectingSink.generate(5_000);

    assertThat(again.agencies).isEqualTo(registry.agencies);
    assertThat(again.pegawai).isEqualTo(registry.pegawai);
  }

  @Test
  void differentSeedGivesDifferentEmployees() {
    CollectingSink other = CollectingSink.generate(42L, 5_000);

    assertThat(other.pegawai).hasSize(5_000).isNotEqualTo(registry.pegawai);
  }

  @Test
  void generatesExactlyTheRequestedNumberOfEmployees() {
    assertThat(registry.pegawai).hasSize(5_000);
  }

  @Test
  void splitsEmployeesRoughlyByAgencyShare() {
    Map<String, Long> perAgency = new HashMap<>();
    registry.pegawai.forEach(p -> perAgency.merge(p.pegawai().instansiId(), 1L, Long::sum));

    assertThat(perAgency).containsEntry("cimahi", 1_750L).containsEntry("jabar", 2_000L)
        .containsEntry("kemenpanrb", 1_000L).containsEntry("bkn", 250L);
  }

  @Test
  void everyReferenceResolvesWithinTheGeneratedRegistry() {
    Set<String> units = new HashSet<>();
    registry.agencies.forEach(a -> a.unitKerja().forEach(u -> {
      assertThat(u.indukId() == null || units.contains(u.indukId())).as("parent first: %s", u.id()).isTrue();
      units.add(u.id());
    }));
    Map<String, JabatanData> jabatan = new HashMap<>();
    registry.jabatan().forEach(j -> jabatan.put(j.id(), j));

    for (GeneratedPegawai g : registry.pegawai) {
      PegawaiData p = g.pegawai();
      JabatanData post = jabatan.get(p.jabatanId());
      assertThat(post).isNotNull();
      assertThat(post.unitKerjaId()).isEqualTo(p.unitKerjaId());
      assertThat(post.instansiId()).isEqualTo(p.instansiId());
      g.riwayatJabatan().forEach(r -> {
        assertThat(units).contains(r.unitKerjaId());
        assertThat(jabatan).containsKey(r.jabatanId());
      });
    }
  }

  @Test
  void datesAreConsistentWithTheReferenceDate() {
    LocalDate reference = CollectingSink.REFERENCE_DATE;
    for (GeneratedPegawai g : registry.pegawai) {
      PegawaiData p = g.pegawai();
      assertThat(p.tmtCpns().getDayOfMonth()).isEqualTo(1);
      assertThat(p.tmtCpns()).isBefore(reference);
      assertThat(p.tmtGolongan()).isAfterOrEqualTo(p.tmtCpns()).isBeforeOrEqualTo(reference);
      assertThat(p.tmtJabatan()).isAfterOrEqualTo(p.tmtCpns()).isBeforeOrEqualTo(reference);
      assertThat(ChronoUnit.YEARS.between(p.tanggalLahir(), reference))
          .as("younger than the retirement age: %s", p.nip()).isLessThan(58);
    }
  }

  @Test
  void pelaksanaAndFungsionalPositionsHaveRoomForMoreThanOne() {
    assertThat(registry.jabatan()).filteredOn(j -> !j.jenis().struktural())
        .allSatisfy(j -> assertThat(j.kebutuhan()).isGreaterThan(1));
    assertThat(registry.jabatan()).filteredOn(j -> j.jenis().struktural())
        .allSatisfy(j -> assertThat(j.kebutuhan()).isEqualTo(1));
  }

  @Test
  void positionMapHasEveryKindOfPosition() {
    Set<JenisJabatan> kinds = new HashSet<>();
    registry.jabatan().forEach(j -> kinds.add(j.jenis()));

    assertThat(kinds).containsExactlyInAnyOrder(JenisJabatan.JPT_MADYA, JenisJabatan.JPT_PRATAMA,
        JenisJabatan.ADMINISTRATOR, JenisJabatan.PENGAWAS, JenisJabatan.PELAKSANA,
        JenisJabatan.FUNGSIONAL);
  }

  @Test
  void jptMadyaExistsOnlyInProvinsiAndPusat() {
    assertThat(registry.jabatan()).filteredOn(j -> j.jenis() == JenisJabatan.JPT_MADYA)
        .extracting(JabatanData::instansiId).doesNotContain("cimahi").contains("jabar", "kemenpanrb");
  }

  @Test
  void agenciesMatchTheDemoCatalogue() {
    List<InstansiData> agencies = registry.agencies.stream().map(AgencyStructure::instansi).toList();

    assertThat(agencies).extracting(InstansiData::id).containsExactly("cimahi", "jabar", "kemenpanrb", "bkn");
    assertThat(agencies.get(0).tanggalPenetapanCalon()).isEqualTo(LocalDate.of(2024, 9, 22));
    assertThat(agencies.get(1).tanggalPelantikanKepalaDaerah()).isEqualTo(LocalDate.of(2025, 2, 20));
    assertThat(agencies.get(1).akhirMasaJabatanKepalaDaerah()).isEqualTo(LocalDate.of(2030, 2, 20));
    assertThat(agencies.get(2).provinsi()).isNull();
    assertThat(agencies.get(2).tanggalPenetapanCalon()).isNull();
  }

  @Test
  void refusesRegistriesTooSmallForTheNamedEmployees() {
    assertThatThrownBy(() -> new RegistryGenerator(1, LocalDate.of(2026, 11, 1)).generate(10, new CollectingSink()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void smallestRegistryStillPlacesTheNamedEmployees() {
    CollectingSink small = CollectingSink.generate(RegistryGenerator.MIN_PEGAWAI);

    assertThat(small.pegawai).hasSize(RegistryGenerator.MIN_PEGAWAI);
    assertThat(small.byNip(DemoPegawai.BUDI_NIP).pegawai().instansiId()).isEqualTo("cimahi");
    assertThat(small.byNip(DemoPegawai.SARI_NIP).pegawai().instansiId()).isEqualTo("jabar");
  }
}
