package id.meritflow.mutasi;

/** Outcome of one rule, and of all rules together. PERLU_PERSETUJUAN is a wait, not a failure. */
public enum StatusPemeriksaan {
  LULUS, GAGAL, PERLU_PERSETUJUAN
}
