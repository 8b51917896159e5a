package id.meritflow.platform.batch;

/** Life of a row: checked at intake, then its case is started exactly once. */
enum RowStatus {
  /** Passed every check; its case is not started yet. */
  VALID,
  /** Refused at intake; never becomes a case. */
  INVALID,
  /** Its case is started; the row carries the process instance id. */
  STARTED
}
