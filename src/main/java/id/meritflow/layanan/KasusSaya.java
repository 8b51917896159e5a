package id.meritflow.layanan;

import java.time.Instant;
import java.util.List;

/**
 * One case about the employee, as the portal shows it.
 *
 * @param jenis the process's name, e.g. "Mutasi Pegawai"
 * @param status {@code BERJALAN}, {@code SELESAI} or {@code DIBATALKAN}; {@code keterangan} says where it stands in words
 * @param langkah the steps waiting now, each with its due date (the SLA), empty when none waits for a person
 * @param batasWaktu the earliest due date of those steps, if any
 * @param alasan why it was refused or is delayed, in sentences; empty when nothing stands in its way
 */
record KasusSaya(String nomor, String jenis, Instant diajukan, String status, String keterangan,
    List<Langkah> langkah, Instant batasWaktu, List<String> alasan, String nomorSk) {

  record Langkah(String nama, Instant batasWaktu) {}
}
