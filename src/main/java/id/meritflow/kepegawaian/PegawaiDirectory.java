package id.meritflow.kepegawaian;

import java.util.Optional;

/**
 * Read port of the registry for other features (process delegates, merit checks). It does NOT
 * apply caller scoping: delegates run as the engine, and the process itself decides who may act.
 * Controllers must never use it to answer a caller.
 */
public interface PegawaiDirectory {

  /** The full profile of an employee, or empty when the NIP is unknown. */
  Optional<PegawaiProfil> find(String nip);

  /**
   * The employee's own record without the histories, or empty when the NIP is unknown: one read
   * instead of the profile's five, for steps that need the name, agency, position or rank only.
   */
  default Optional<Pegawai> pegawai(String nip) {
    return find(nip).map(PegawaiProfil::pegawai);
  }

  /** The instansi (tenant id) an employee belongs to, or empty when the NIP is unknown. */
  Optional<String> instansiOf(String nip);
}
