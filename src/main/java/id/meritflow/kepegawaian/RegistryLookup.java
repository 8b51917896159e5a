package id.meritflow.kepegawaian;

import java.util.Optional;

/**
 * What request validation needs to know about existing registry data. Not scoped to a caller:
 * authorization is decided before validation runs.
 */
interface RegistryLookup {

  boolean instansiExists(String instansiId);

  /** The instansi a unit kerja belongs to, if the unit exists. */
  Optional<String> instansiOfUnitKerja(String unitKerjaId);

  /** The instansi a jabatan belongs to, if the jabatan exists. */
  Optional<String> instansiOfJabatan(String jabatanId);

  boolean pegawaiExists(String nip);
}
