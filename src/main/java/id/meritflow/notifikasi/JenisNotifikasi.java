package id.meritflow.notifikasi;

/** What a notification is about; each has its Indonesian template {@code notifikasi/templat/<name>.txt}. */
public enum JenisNotifikasi {
  /** A task entered the recipient's group (inbox at once; e-mail only in the digest). */
  TUGAS_BARU,
  /** The digest e-mail listing the new tasks of one interval. */
  RINGKASAN_TUGAS,
  /** Working day 3 of an approval step. */
  PENGINGAT_SLA,
  /** Working day 5: the step is late and its superior is told. */
  ESKALASI_SLA,
  /** Working day 6: the step was approved by the rule, no person decided. */
  PERSETUJUAN_OTOMATIS,
  /** The case ended: approved, refused, withdrawn, postponed. */
  KASUS_DIPUTUS,
  /** The case's SK was signed. */
  SK_DITANDATANGANI;

  String templat() {
    return name().toLowerCase().replace('_', '-');
  }
}
