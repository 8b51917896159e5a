package id.meritflow.pelaksana;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An official's recorded absence and who acts for them, from {@code mulai} to {@code selesai}
 * inclusive (dates in the calendar's zone), unless ended early.
 */
record Ketidakhadiran(String id, String pejabat, String pelaksana, JenisPelaksana jenis, LocalDate mulai,
    LocalDate selesai, String alasan, String dicatatOleh, Instant dicatatPada, Optional<Instant> diakhiriPada) {

  /** Whether the acting official acts for the official on this day. */
  boolean berlakuPada(LocalDate hari) {
    return diakhiriPada.isEmpty() && !hari.isBefore(mulai) && !hari.isAfter(selesai);
  }

  /** Whether it still runs or is to come on this day (what an overlap check compares). */
  boolean masihBerjalan(LocalDate hari) {
    return diakhiriPada.isEmpty() && !selesai.isBefore(hari);
  }

  boolean bertumpukDengan(LocalDate dari, LocalDate sampai) {
    return !mulai.isAfter(sampai) && !selesai.isBefore(dari);
  }
}
