package id.meritflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OccupancyTest {

  @ParameterizedTest
  @ValueSource(ints = {100, 500, 5_000})
  void occupantsNeverExceedKebutuhan(int size) {
    CollectingSink registry = CollectingSink.generate(size);
    Map<String, Integer> occupants = occupantsByJabatan(registry);

    assertThat(registry.jabatan()).allSatisfy(j ->
        assertThat(occupants.getOrDefault(j.id(), 0)).as(j.id()).isLessThanOrEqualTo(j.kebutuhan()));
  }

  @Test
  void aFewPercentOfStructuralPostsAreVacant() {
    CollectingSink registry = CollectingSink.generate(5_000);
    Map<String, Integer> occupants = occupantsByJabatan(registry);
    var structural = registry.jabatan().stream().filter(j -> j.jenis().struktural()).toList();
    long vacant = structural.stream().filter(j -> !occupants.containsKey(j.id())).count();

    assertThat((double) vacant / structural.size()).isBetween(0.02, 0.15);
  }

  static Map<String, Integer> occupantsByJabatan(CollectingSink registry) {
    Map<String, Integer> occupants = new HashMap<>();
    registry.pegawai.forEach(p -> occupants.merge(p.pegawai().jabatanId(), 1, Integer::sum));
    return occupants;
  }
}
