package id.meritflow.kalender;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Working days of the Indonesian civil service: Monday to Friday, minus hari libur nasional and
 * cuti bersama. The SLA clock of domain.md §2 counts these days only.
 *
 * <p>For a year without data every weekday is a working day; the {@code tahunTanpaData} callback
 * hears about such a year once, so that the adapter can warn an admin that the count may be wrong.
 */
public final class KalenderHariKerja {

  private final Map<LocalDate, HariLibur> hariLibur = new HashMap<>();
  private final Set<Integer> tahunBerdata;
  private final IntConsumer tahunTanpaData;
  private final Set<Integer> sudahDiperingatkan = ConcurrentHashMap.newKeySet();

  public KalenderHariKerja(Collection<DaftarHariLibur> daftar, IntConsumer tahunTanpaData) {
    daftar.forEach(tahun -> tahun.hariLibur().forEach(libur -> hariLibur.put(libur.tanggal(), libur)));
    this.tahunBerdata = daftar.stream().map(DaftarHariLibur::tahun).collect(Collectors.toUnmodifiableSet());
    this.tahunTanpaData = tahunTanpaData;
  }

  /** Monday to Friday and not a hari libur nasional or cuti bersama. */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      return false;
    }
    if (!tahunBerdata.contains(date.getYear())) {
      if (sudahDiperingatkan.add(date.getYear())) {
        tahunTanpaData.accept(date.getYear());
      }
      return true;
    }
    return !hariLibur.containsKey(date);
  }

  /** The holiday on that date, also when it falls on a weekend. */
  public Optional<HariLibur> hariLibur(LocalDate date) {
    return Optional.ofNullable(hariLibur.get(date));
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
