package id.meritflow.kepegawaian;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In-memory registry facts for validator tests. */
final class FakeLookup implements RegistryLookup {

  private final Set<String> instansi = new HashSet<>();
  private final Map<String, String> unitKerja = new HashMap<>();
  private final Map<String, String> jabatan = new HashMap<>();
  private final Set<String> nips = new HashSet<>();

  static FakeLookup withAgencies() {
    FakeLookup lookup = new FakeLookup();
    lookup.instansi.add("kota-a");
    lookup.instansi.add("kota-b");
    lookup.unitKerja.put("kota-a-setda", "kota-a");
    lookup.unitKerja.put("kota-b-setda", "kota-b");
    lookup.jabatan.put("kota-a-analis", "kota-a");
    lookup.jabatan.put("kota-b-analis", "kota-b");
    return lookup;
  }

  FakeLookup withPegawai(String nip) {
    nips.add(nip);
    return this;
  }

  @Override
  public boolean instansiExists(String instansiId) {
    return instansi.contains(instansiId);
  }

  @Override
  public Optional<String> instansiOfUnitKerja(String unitKerjaId) {
    return Optional.ofNullable(unitKerja.get(unitKerjaId));
  }

  @Override
  public Optional<String> instansiOfJabatan(String jabatanId) {
    return Optional.ofNullable(jabatan.get(jabatanId));
  }

  @Override
  public boolean pegawaiExists(String nip) {
    return nips.contains(nip);
  }
}
