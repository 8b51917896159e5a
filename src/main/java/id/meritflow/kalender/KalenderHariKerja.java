package id.meritflow.kalender;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Working days of the Indonesian civil service: Monday to Friday, minus hari libur nasional and
 * cuti bersama. The SLA clock of domain.md §2 counts these days only.
 *
 * <p>A year without data cannot be counted: asking whether one of its days is a working day throws
 * {@link HariLiburTidakTersedia} instead of silently treating every weekday as a working day.
 *
 * <p>On top of the years' files, an admin's corrections ({@link UbahanHariLibur}) are applied; they
 * are replaced as a whole by {@link #terapkanUbahan}, so that a count never sees half a change.
 */
public final class KalenderHariKerja {

  private final Map<LocalDate, HariLibur> hariLibur = new HashMap<>();
  private final Set<Integer> tahunBerdata;
  private volatile Map<LocalDate, UbahanHariLibur> ubahan = Map.of();

  public KalenderHariKerja(Collection<DaftarHariLibur> daftar) {
    daftar.forEach(tahun -> tahun.hariLibur().forEach(libur -> hariLibur.put(libur.tanggal(), libur)));
    this.tahunBerdata = daftar.stream().map(DaftarHariLibur::tahun).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Monday to Friday and not a hari libur nasional or cuti bersama.
   *
   * @throws HariLiburTidakTersedia when no data was loaded for the date's year
   */
  public boolean isWorkingDay(LocalDate date) {
    if (!tahunBerdata.contains(date.getYear())) {
      throw new HariLiburTidakTersedia(date.getYear());
    }
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      return false;
    }
    return hariLibur(date).isEmpty();
  }

  /** The holiday on that date, also when it falls on a weekend; an admin's correction wins. */
  public Optional<HariLibur> hariLibur(LocalDate date) {
    UbahanHariLibur koreksi = ubahan.get(date);
    return koreksi != null ? koreksi.libur() : Optional.ofNullable(hariLibur.get(date));
  }

  /** The holidays of one year as they count now: the year's file with the admin's corrections. */
  public List<HariLibur> hariLiburTahun(int tahun) {
    return Stream.concat(hariLibur.keySet().stream(), ubahan.keySet().stream())
        .filter(date -> date.getYear() == tahun).distinct()
        .map(this::hariLibur).flatMap(Optional::stream)
        .sorted(Comparator.comparing(HariLibur::tanggal)).toList();
  }

  /** The holiday the year's file gives for that date, ignoring corrections. */
  public Optional<HariLibur> hariLiburBawaan(LocalDate date) {
    return Optional.ofNullable(hariLibur.get(date));
  }

  /** Replaces every admin correction at once (the adapter reloads them all after a change). */
  public void terapkanUbahan(Collection<UbahanHariLibur> semua) {
    this.ubahan = semua.stream().collect(Collectors.toUnmodifiableMap(UbahanHariLibur::tanggal, Function.identity()));
  }

  /** The first working day strictly after {@code date}. */
  public LocalDate nextWorkingDay(LocalDate date) {
    LocalDate next = date.plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  /**
   * The date reached after {@code days} working days, not counting the start date itself: from a
   * Friday, one working day is the next Monday. Zero returns the date unchanged, even on a holiday.
   */
  public LocalDate plusWorkingDays(LocalDate date, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("Jumlah hari kerja tidak boleh negatif: " + days);
    }
    LocalDate result = date;
    for (int i = 0; i < days; i++) {
      result = nextWorkingDay(result);
    }
    return result;
  }

  /** As {@link #plusWorkingDays(LocalDate, int)}, keeping the time of day. */
  public LocalDateTime plusWorkingDays(LocalDateTime dateTime, int days) {
    return plusWorkingDays(dateTime.toLocalDate(), days).atTime(dateTime.toLocalTime());
  }

  /** As {@link #plusWorkingDays(LocalDate, int)}, keeping the time of day and the zone. */
  public ZonedDateTime plusWorkingDays(ZonedDateTime dateTime, int days) {
    return ZonedDateTime.of(plusWorkingDays(dateTime.toLocalDateTime(), days), dateTime.getZone());
  }

  /**
   * Working days after {@code from} up to and including {@code to}, so that
   * {@code countWorkingDays(d, plusWorkingDays(d, n)) == n}. Negative when {@code to} is earlier.
   */
  public int countWorkingDays(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -countWorkingDays(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** Years for which holiday data was loaded. */
  public Set<Integer> tahunBerdata() {
    return tahunBerdata;
  }
}
