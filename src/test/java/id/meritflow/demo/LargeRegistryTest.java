package id.meritflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The benchmark size streams through without holding the registry in memory. */
class LargeRegistryTest {

  @Test
  void generatesOneHundredThousandUniqueEmployeesWithinKebutuhan() {
    CountingSink sink = new CountingSink();

    new RegistryGenerator(20250701L, LocalDate.of(2026, 11, 1)).generate(100_000, sink);

    assertThat(sink.pegawai).isEqualTo(100_000);
    assertThat(sink.nips).hasSize(100_000);
    assertThat(sink.agencies).isEqualTo(4);
    assertThat(sink.seats).isGreaterThanOrEqualTo(100_000);
    assertThat(sink.finished).isTrue();
  }

  private static final class CountingSink implements RegistrySink {
    final java.util.Set<String> nips = new java.util.HashSet<>();
    int agencies;
    long seats;
    long pegawai;
    boolean finished;

    @Override
    public void agency(AgencyStructure structure) {
      agencies++;
      seats += structure.jabatan().stream().mapToInt(JabatanData::kebutuhan).sum();
    }

    @Override
    public void pegawai(GeneratedPegawai p) {
      pegawai++;
      nips.add(p.pegawai().nip());
    }

    @Override
    public void finish() {
      finished = true;
    }
  }
}
