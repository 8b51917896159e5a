package id.meritflow.penandatanganan.proses;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.kepegawaian.UnitKerja;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The unit line of an SK: the position's unit, the units above it and the agency, e.g. "Bidang
 * Mutasi dan Promosi, Badan Kepegawaian dan Pengembangan Sumber Daya Manusia, Pemerintah Kota
 * Cimahi". A unit's own name ("Sekretariat Daerah") does not say whose it is; in a transfer between
 * agencies the SK must.
 */
final class UnitKerjaSk {

  private UnitKerjaSk() {}

  static String of(Jabatan jabatan, OrganisasiDirectory organisasi) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String instansiId = jabatan.instansiId();
    Optional<UnitKerja> unit = Optional.ofNullable(jabatan.unitKerjaId()).flatMap(organisasi::unitKerja);
    // The seen set guards against a cycle in the registry's unit tree.
    while (unit.isPresent() && seen.add(unit.get().id())) {
      names.add(unit.get().nama());
      instansiId = unit.get().instansiId();
      unit = Optional.ofNullable(unit.get().indukId()).flatMap(organisasi::unitKerja);
    }
    if (names.isEmpty() && jabatan.unitKerjaId() != null) {
      names.add(jabatan.unitKerjaId());
    }
    Optional<String> agency = Optional.ofNullable(instansiId).flatMap(organisasi::instansi).map(Instansi::nama);
    agency.filter(name -> names.stream().noneMatch(n -> n.equalsIgnoreCase(name))).ifPresent(names::add);
    return String.join(", ", names);
  }
}
