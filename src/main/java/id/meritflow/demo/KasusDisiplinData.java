package id.meritflow.demo;

import java.time.LocalDate;

/**
 * A disciplinary case. Status is TERBUKA, DIPUTUS or DIHENTIKAN; the penalty columns are null
 * unless the case was decided, {@code akhirHukuman} also for penalties without a duration.
 */
public record KasusDisiplinData(
    String id,
    String nip,
    String pelanggaran,
    LocalDate tanggalKasus,
    String status,
    String tingkatHukuman,
    String jenisHukuman,
    LocalDate tmtHukuman,
    LocalDate akhirHukuman) {}
