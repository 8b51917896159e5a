package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.kepegawaian.UnitKerja;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory registry for the use case: what a test puts in is all there is. */
final class FakeDirectories implements PegawaiDirectory, OrganisasiDirectory {

  final Map<String, PegawaiProfil> pegawai = new HashMap<>();
  final Map<String, Instansi> instansi = new HashMap<>();
  final Map<String, UnitKerja> unit = new HashMap<>();
  final Map<String, Jabatan> jabatan = new HashMap<>();

  FakeDirectories with(Pegawai p) {
    pegawai.put(p.nip(), new PegawaiProfil(p, List.of(), List.of(), List.of(), List.of()));
    return this;
  }

  FakeDirectories with(Instansi i) { instansi.put(i.id(), i); return this; }
  FakeDirectories with(UnitKerja u) { unit.put(u.id(), u); return this; }
  FakeDirectories with(Jabatan j) { jabatan.put(j.id(), j); return this; }

  @Override public Optional<PegawaiProfil> find(String nip) { return Optional.ofNullable(pegawai.get(nip)); }
  @Override public Optional<String> instansiOf(String nip) { return find(nip).map(p -> p.pegawai().instansiId()); }
  @Override public Optional<Instansi> instansi(String id) { return Optional.ofNullable(instansi.get(id)); }
  @Override public Optional<UnitKerja> unitKerja(String id) { return Optional.ofNullable(unit.get(id)); }
  @Override public Optional<Jabatan> jabatan(String id) { return Optional.ofNullable(jabatan.get(id)); }

  @Override
  public List<Pegawai> pemegang(String jabatanId) {
    return pegawai.values().stream().map(PegawaiProfil::pegawai).filter(p -> jabatanId.equals(p.jabatanId())).toList();
  }
}
