package id.meritflow.kepegawaian;

import java.util.List;
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

  /** The employees currently holding a position (empty list when none or unknown), by NIP. */
  List<Pegawai> pemegang(String jabatanId);
}
