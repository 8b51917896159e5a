package id.meritflow.platform.kasus;

import java.time.Instant;
import java.util.List;

/**
 * One case as its submitter follows it.
 *
 * @param langkah the steps waiting now (task names), empty when the case runs automatically or ended
 * @param status {@code BERJALAN}, {@code SELESAI} or {@code DIBATALKAN}, and {@code keterangan} the same in words
 */
record UsulanSaya(String nomor, String jenis, String namaPegawai, String nip, Instant diajukan, String status,
    String keterangan, List<String> langkah) {}
