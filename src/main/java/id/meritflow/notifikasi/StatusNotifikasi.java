package id.meritflow.notifikasi;

/** Where a notification row stands. */
public enum StatusNotifikasi {
  /** Waiting for its (next) delivery attempt at {@code coba_lagi_pada}. */
  MENUNGGU,
  /** An attempt is running; if the node dies, the row is picked up again when the lease runs out. */
  MENGIRIM,
  /** A new-task item waiting for the recipient's next digest e-mail. */
  MENUNGGU_RINGKASAN,
  /** A new-task item that went out in a digest ({@code ringkasan_id}). */
  DIGABUNG,
  /** A new-task item whose task was already done or gone when the digest was made: nothing to tell. */
  KEDALUWARSA,
  /** Delivered (an inbox row is delivered when written). */
  TERKIRIM,
  /** Every attempt failed; kept with its last error, an administrator can send it again. */
  GAGAL,
  /** The recipient has no address on this channel (no e-mail in their account). */
  TANPA_ALAMAT
}
