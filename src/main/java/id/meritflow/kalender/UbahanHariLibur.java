package id.meritflow.kalender;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin's correction of one date, on top of the year's data file: the date becomes a holiday
 * ({@code libur} present) or a working day again ({@code libur} empty, e.g. a holiday moved away).
 */
public record UbahanHariLibur(LocalDate tanggal, Optional<HariLibur> libur) {

  public UbahanHariLibur {
    Objects.requireNonNull(tanggal, "tanggal");
    Objects.requireNonNull(libur, "libur");
    if (libur.isPresent() && !libur.get().tanggal().equals(tanggal)) {
      throw new IllegalArgumentException("Tanggal ubahan dan hari libur berbeda: " + tanggal + " / " + libur.get().tanggal());
    }
  }

  public static UbahanHariLibur libur(HariLibur libur) {
    return new UbahanHariLibur(libur.tanggal(), Optional.of(libur));
  }

  public static UbahanHariLibur hariKerja(LocalDate tanggal) {
    return new UbahanHariLibur(tanggal, Optional.empty());
  }
}
