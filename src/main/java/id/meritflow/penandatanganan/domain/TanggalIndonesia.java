package id.meritflow.penandatanganan.domain;

import java.time.LocalDate;
import java.util.List;

/** Dates as Indonesian letters write them: "1 Juli 2025" (no locale data needed). */
public final class TanggalIndonesia {

  private static final List<String> BULAN = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni",
      "Juli", "Agustus", "September", "Oktober", "November", "Desember");

  private TanggalIndonesia() {}

  public static String format(LocalDate date) {
    return date.getDayOfMonth() + " " + BULAN.get(date.getMonthValue() - 1) + " " + date.getYear();
  }
}
