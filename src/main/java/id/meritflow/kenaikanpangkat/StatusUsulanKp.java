package id.meritflow.kenaikanpangkat;

/** Where a proposal stands, as the API shows it. The last four are final. */
public enum StatusUsulanKp {
  /** Screened clean; the pertek is being issued. */
  DIPROSES,
  /** Waiting for the BKN verifier (pertek by hand), 5-working-day SLA. */
  MENUNGGU_VERIFIKASI,
  /** Pertek issued; the SK is being signed (delegated at once, or waiting for the Keppres signer). */
  MENUNGGU_TANDA_TANGAN,
  /** SK signed; the rank changes at the TMT. */
  SK_TERBIT,
  /** Rank history updated. */
  SELESAI,
  /** Failed a KP-* rule. */
  TIDAK_MEMENUHI_SYARAT,
  /** Postponed by KP-DISIPLIN (a case or penalty); eligible again in a later period. */
  DITUNDA,
  /** Refused by the verifier or the signer. */
  DITOLAK
}
