package id.meritflow.mutasi;

import java.time.Instant;

/**
 * One row of {@code GET /api/mutasi}.
 *
 * @param businessKey the nomor usulan, e.g. MUT-2026-7KQ2M9XA
 * @param langkah where the case is, in the model's words: its open steps ("Tinjau usulan mutasi",
 *     "Menunggu TMT"), or for an ended case the end it reached ("Mutasi selesai", "Usulan ditolak")
 * @param status BERJALAN, SELESAI or DIBATALKAN (stopped from outside the process)
 * @param selesai when the case ended; null (left out of the JSON) while it runs
 */
record RingkasanKasusMutasi(String id, String businessKey, String nip, String nama, String jabatanTujuanId,
    String namaJabatanTujuan, String langkah, Instant mulai, Instant selesai, String status) {}
