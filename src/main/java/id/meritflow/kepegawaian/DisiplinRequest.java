package id.meritflow.kepegawaian;

import java.time.LocalDate;

/** A disciplinary case; the penalty fields are filled once the case is decided. */
public record DisiplinRequest(
    String pelanggaran,
    LocalDate tanggalKasus,
    String status,
    String tingkatHukuman,
    String jenisHukuman,
    LocalDate tmtHukuman,
    LocalDate akhirHukuman) {}
