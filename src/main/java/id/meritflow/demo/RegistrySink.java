package id.meritflow.demo;

/**
 * Receives the generated registry as a stream, so that 100,000 employees never sit in memory at
 * once. Each agency's structure arrives before its employees.
 */
public interface RegistrySink {

  void agency(AgencyStructure structure);

  void pegawai(GeneratedPegawai pegawai);

  /** Called once after the last employee. */
  default void finish() {}
}
