package id.meritflow.layanan;

import java.time.Instant;
import java.util.List;

/**
 * What a signing official sees: the SKs set in their office's name (signed by them or by delegation)
 * and the SKs waiting for their own signature, each with the Tasklist link of its task.
 */
record SkAtasNamaSaya(List<SkRingkas> sk, List<Menunggu> menunggu) {

  /** A LANGSUNG SK waiting for the official's signature. */
  record Menunggu(String nomorKasus, String namaPegawai, String jenis, Instant sejak, Instant batasWaktu, String tautan) {}
}
