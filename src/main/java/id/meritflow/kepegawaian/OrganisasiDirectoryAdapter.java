package id.meritflow.kepegawaian;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link OrganisasiDirectory} over the registry's repositories. */
@Component
class OrganisasiDirectoryAdapter implements OrganisasiDirectory {

  private final InstansiRepository instansi;
  private final JabatanRepository jabatan;
  private final PegawaiRepository pegawai;

  OrganisasiDirectoryAdapter(InstansiRepository instansi, JabatanRepository jabatan, PegawaiRepository pegawai) {
    this.instansi = instansi;
    this.jabatan = jabatan;
    this.pegawai = pegawai;
  }

  @Override
  public Optional<Instansi> instansi(String id) {
    return id == null ? Optional.empty() : instansi.findById(id);
  }

  @Override
  public Optional<UnitKerja> unitKerja(String id) {
    if (id == null) {
      return Optional.empty();
    }
    // One row by its key: the merit checks ask this three times per transfer, and an agency has hundreds of units.
    return instansi.findUnitKerjaById(id);
  }

  @Override
  public Optional<Jabatan> jabatan(String id) {
    return id == null ? Optional.empty() : jabatan.findById(id);
  }

  @Override
  public Map<String, Jabatan> jabatanAll(Collection<String> ids) {
    Map<String, Jabatan> out = new HashMap<>();
    jabatan.findAllById(new LinkedHashSet<>(ids)).forEach(j -> out.put(j.id(), j));
    return out;
  }

  @Override
  public List<Pegawai> pemegang(String jabatanId) {
    if (jabatanId == null) {
      return List.of();
    }
    // One statement: a PELAKSANA post has dozens of holders, and the merit checks ask for them on every transfer.
    return pegawai.holdersOf(jabatanId);
  }
}
