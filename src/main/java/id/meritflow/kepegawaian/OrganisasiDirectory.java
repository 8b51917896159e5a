package id.meritflow.kepegawaian;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read port of the position map for other features (merit checks, process delegates). Like
 * {@link PegawaiDirectory} it does NOT apply caller scoping: the caller of a feature decides who
 * may see what, so controllers must check {@code Caller.mayRead} themselves.
 */
public interface OrganisasiDirectory {

  /** An agency with its pilkada dates, or empty when unknown. */
  Optional<Instansi> instansi(String id);

  /** An organisational unit, or empty when unknown. */
  Optional<UnitKerja> unitKerja(String id);

  /** A position with its occupancy counted now, or empty when unknown. */
  Optional<Jabatan> jabatan(String id);

  /** The positions with these ids by id (unknown ones absent): {@link #jabatan} for each, read set-based. */
  default Map<String, Jabatan> jabatanAll(Collection<String> ids) {
    Map<String, Jabatan> out = new HashMap<>();
    ids.forEach(id -> jabatan(id).ifPresent(j -> out.put(id, j)));
    return out;
  }

  /** The employees currently holding a position (empty list when none or unknown), by NIP. */
  List<Pegawai> pemegang(String jabatanId);
}
