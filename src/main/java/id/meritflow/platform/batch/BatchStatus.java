package id.meritflow.platform.batch;

/** Where a batch stands, derived from its rows. */
public enum BatchStatus {
  /** Stored; no case started yet. */
  DITERIMA,
  /** Some cases started, some valid rows still waiting. */
  DIPROSES,
  /** Every valid row has its case (or there was none). */
  SELESAI;

  static BatchStatus of(int valid, int started) {
    if (started >= valid) {
      return SELESAI;
    }
    return started == 0 ? DITERIMA : DIPROSES;
  }
}
