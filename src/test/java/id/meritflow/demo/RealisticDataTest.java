package id.meritflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.PredikatKinerja;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The default demo registry gives every other feature something to check in every agency. */
class RealisticDataTest {

  private final CollectingSink registry = CollectingSink.generate(5_000);

  @Test
  void everyAgencyHasVacantStructuralPositions() {
    Map<String, Integer> occupants = OccupancyTest.occupantsByJabatan(registry);

    for (AgencyStructure agency : registry.agencies) {
      assertThat(agency.jabatan()).as(agency.instansi().id())
          .anySatisfy(j -> {
            assertThat(j.jenis().struktural()).isTrue();
            assertThat(occupants).doesNotContainKey(j.id());
          });
    }
  }

  @Test
  void everyAgencyHasEmployeesWithEachPredikat() {
    Map<String, Set<PredikatKinerja>> predikat = registry.pegawai.stream().collect(Collectors.groupingBy(
        p -> p.pegawai().instansiId(),
        Collectors.flatMapping(p -> p.kinerja().stream().map(KinerjaData::predikat),
            Collectors.toCollection(() -> EnumSet.noneOf(PredikatKinerja.class)))));

    assertThat(predikat).hasSize(4)
        .allSatisfy((agency, seen) -> assertThat(seen).as(agency).containsExactlyInAnyOrder(PredikatKinerja.values()));
  }

  @Test
  void mostEmployeesPerformAtLeastBaik() {
    List<KinerjaData> all = registry.pegawai.stream().flatMap(p -> p.kinerja().stream()).toList();
    long baik = all.stream().filter(k -> k.predikat() == PredikatKinerja.BAIK).count();
    long sangatBaik = all.stream().filter(k -> k.predikat() == PredikatKinerja.SANGAT_BAIK).count();

    assertThat((double) baik / all.size()).isBetween(0.65, 0.85);
    assertThat((double) sangatBaik / all.size()).isBetween(0.08, 0.25);
  }

  @Test
  void aboutThreePercentHaveDisciplinaryCasesOfEveryStatus() {
    List<KasusDisiplinData> cases = registry.pegawai.stream().flatMap(p -> p.kasusDisiplin().stream()).toList();
    var reference = CollectingSink.REFERENCE_DATE;

    assertThat((double) cases.size() / registry.pegawai.size()).isBetween(0.02, 0.04);
    assertThat(cases).extracting(KasusDisiplinData::status).contains("TERBUKA", "DIPUTUS", "DIHENTIKAN");
    assertThat(cases).filteredOn(k -> "RINGAN".equals(k.tingkatHukuman())).hasSizeGreaterThan(cases.size() / 2)
        .allSatisfy(k -> assertThat(k.akhirHukuman()).isNull());
    assertThat(cases).anySatisfy(k -> {
      assertThat(k.tingkatHukuman()).isEqualTo("SEDANG");
      assertThat(k.akhirHukuman()).isAfter(reference);
    });
  }

  @Test
  void someEmployeesAreOnStudyLeaveOrBoundByServiceBond() {
    assertThat(registry.pegawai).anySatisfy(p -> assertThat(p.pegawai().tugasBelajar()).isTrue());
    assertThat(registry.pegawai).anySatisfy(p ->
        assertThat(p.pegawai().ikatanDinasSampai()).isAfter(CollectingSink.REFERENCE_DATE));
  }

  @Test
  void namesAreVaried() {
    Set<String> names = registry.pegawai.stream().map(p -> p.pegawai().nama()).collect(Collectors.toSet());

    assertThat(names.size()).isGreaterThan(2_000);
  }
}
