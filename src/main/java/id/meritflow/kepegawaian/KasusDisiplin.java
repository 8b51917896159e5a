package id.meritflow.kepegawaian;

import java.time.LocalDate;

/**
 * A disciplinary case and the penalty it ended in. {@code jenisHukuman} stays a string because
 * older records may carry penalty names outside {@link JenisHukuman}.
 */
public record KasusDisiplin(
    String id,
    String pelanggaran,
    LocalDate tanggalKasus,
    StatusKasus status,
    TingkatHukuman tingkatHukuman,
    String jenisHukuman,
    LocalDate tmtHukuman,
    LocalDate akhirHukuman) {

  /** Whether the case still blocks a career move on {@code date} (MUT-DISIPLIN, KP-DISIPLIN). */
  public boolean menghambatPada(LocalDate date) {
    if (status != null && status.belumSelesai()) {
      return true;
    }
    if (status != StatusKasus.DIPUTUS || tmtHukuman == null || tmtHukuman.isAfter(date)) {
      return false;
    }
    // A dismissal (PDH-TAPS) has no end date: from its TMT on, there is no career left to move.
    return akhirHukuman != null ? akhirHukuman.isAfter(date) : JenisHukuman.PDH_TAPS.name().equals(jenisHukuman);
  }
}
