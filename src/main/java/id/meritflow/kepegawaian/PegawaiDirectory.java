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

  /** The instansi (tenant id) an employee belongs to, or empty when the NIP is unknown. */
  Optional<String> instansiOf(String nip);
}
