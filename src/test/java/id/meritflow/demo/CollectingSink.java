package id.meritflow.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Keeps a whole generated registry in memory; fine for tests, not for 100,000 employees. */
final class CollectingSink implements RegistrySink {

  static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 1);
  static final long SEED = 20250701L;

  final List<AgencyStructure> agencies = new ArrayList<>();
  final List<GeneratedPegawai> pegawai = new ArrayList<>();

  static CollectingSink generate(int count) {
    return generate(SEED, count);
  }

  static CollectingSink generate(long seed, int count) {
    CollectingSink sink = new CollectingSink();
    new RegistryGenerator(seed, REFERENCE_DATE).generate(count, sink);
    return sink;
  }

  @Override
  public void agency(AgencyStructure structure) {
    agencies.add(structure);
  }

  @Override
  public void pegawai(GeneratedPegawai p) {
    pegawai.add(p);
  }

  List<JabatanData> jabatan() {
    return agencies.stream().flatMap(a -> a.jabatan().stream()).toList();
  }

  GeneratedPegawai byNip(String nip) {
    return pegawai.stream().filter(p -> p.pegawai().nip().equals(nip)).findFirst().orElseThrow();
  }
}
