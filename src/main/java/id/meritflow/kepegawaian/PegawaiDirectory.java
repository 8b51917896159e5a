package id.meritflow.kepegawaian;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

  /**
   * The full profiles of these employees by NIP (unknown NIPs are absent): the same as {@link #find}
   * for each, read set-based (a batch screens a chunk of rows with one read per table).
   */
  default Map<String, PegawaiProfil> findAll(Collection<String> nips) {
    Map<String, PegawaiProfil> out = new HashMap<>();
    nips.forEach(nip -> find(nip).ifPresent(p -> out.put(nip, p)));
    return out;
  }

  /** The instansi (tenant id) an employee belongs to, or empty when the NIP is unknown. */
  Optional<String> instansiOf(String nip);
}
