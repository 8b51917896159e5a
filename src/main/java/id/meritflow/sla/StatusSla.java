package id.meritflow.sla;

/** Where an approval step stands against its working-day deadline. */
public enum StatusSla {
  /** Open, deadline not passed. */
  BERJALAN,
  /** Done by a person on time. */
  SELESAI,
  /** Deadline passed (escalated), whether or not it was done later. */
  TERLAMBAT,
  /** Not answered in time, approved by the rule (domain.md §2: mutasi approvals on working day 6). */
  DISETUJUI_OTOMATIS
}
