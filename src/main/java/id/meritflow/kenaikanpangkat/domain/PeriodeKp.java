package id.meritflow.kenaikanpangkat.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One of the twelve promotion periods of a year (Peraturan BKN 4/2025): named by its month, TMT on
 * the month's first day.
 */
public record PeriodeKp(YearMonth bulan) implements Comparable<PeriodeKp> {

  private static final String[] NAMA_BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
      "Agustus", "September", "Oktober", "November", "Desember"};

  /** {@code 2027-01}. */
  public String kode() {
    return bulan.toString();
  }

  public LocalDate tmt() {
    return bulan.atDay(1);
  }

  /** {@code Januari 2027}. */
  public String nama() {
    return NAMA_BULAN[bulan.getMonthValue() - 1] + " " + bulan.getYear();
  }

  public static Optional<PeriodeKp> parse(String kode) {
    if (kode == null || !kode.matches("\\d{4}-\\d{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PeriodeKp(YearMonth.parse(kode)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public int compareTo(PeriodeKp other) {
    return bulan.compareTo(other.bulan);
  }
}
