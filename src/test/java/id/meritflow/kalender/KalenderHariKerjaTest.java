package id.meritflow.kalender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritflow.kalender.file.HariLiburSources;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped 2025 and 2026 data, through the calendar's public API. */
class KalenderHariKerjaTest {

  private final KalenderHariKerja kalender = new KalenderHariKerja(
      HariLiburSources.load(Stream.of("kalender/hari-libur-2025.json", "kalender/hari-libur-2026.json",
              "kalender/hari-libur-2027.json")
          .map(name -> getClass().getClassLoader().getResource(name)).toList(), null).values());

  @Test
  void fiveWorkingDaysBeforeIdulFitri2025SkipNyepiAndTheWholeLebaranBreak() {
    // given Thursday 27 March 2025; 28 Mar cuti Nyepi, 31 Mar-1 Apr Idul Fitri, 2-4 and 7 Apr cuti bersama
    LocalDateTime diajukan = LocalDateTime.of(2025, 3, 27, 10, 15);

    // when / then
    assertThat(kalender.plusWorkingDays(diajukan, 5)).isEqualTo(LocalDateTime.of(2025, 4, 14, 10, 15));
  }

  @Test
  void fiveWorkingDaysAcrossIdulFitri2026SkipNyepiAndItsCutiBersama() {
    // given Monday 16 March 2026; 18-20, 23-24 Mar are holidays or cuti bersama, 21-22 a weekend
    LocalDateTime diajukan = LocalDateTime.of(2026, 3, 16, 9, 0);

    assertThat(kalender.plusWorkingDays(diajukan, 5)).isEqualTo(LocalDateTime.of(2026, 3, 30, 9, 0));
  }

  @Test
  void christmas2025AndItsCutiBersamaDoNotCount() {
    assertThat(kalender.plusWorkingDays(LocalDate.of(2025, 12, 22), 5)).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void deadlineRunsIntoTheNextYearSkippingNewYearsDay() {
    // given Wednesday 24 Dec 2025: 25 and 26 Dec off, 1 Jan 2026 off (from the 2026 file)
    assertThat(kalender.plusWorkingDays(LocalDate.of(2025, 12, 24), 5)).isEqualTo(LocalDate.of(2026, 1, 5));
  }

  @Test
  void christmas2026AndItsCutiBersamaDoNotCount() {
    assertThat(kalender.plusWorkingDays(LocalDate.of(2026, 12, 21), 5)).isEqualTo(LocalDate.of(2026, 12, 30));
  }

  @Test
  void deadlineFrom2026Into2027SkipsNewYearsDayAndIsraMikraj() {
    // given Monday 28 Dec 2026; Fri 1 Jan 2027 and Tue 5 Jan 2027 (Isra Mikraj, estimated) are off
    assertThat(kalender.plusWorkingDays(LocalDate.of(2026, 12, 28), 5)).isEqualTo(LocalDate.of(2027, 1, 6));
  }

  @Test
  void fiveWorkingDaysAcrossIdulFitri2027SkipNyepiLebaranAndCutiBersama() {
    // given Friday 5 March 2027, 10:00; 8 Mar Nyepi, 9-10 Mar Idul Fitri 1448 H, 11-12 Mar cuti bersama
    LocalDateTime diajukan = LocalDateTime.of(2027, 3, 5, 10, 0);

    // when / then the whole week is skipped: 15, 16, 17, 18, 19 March
    assertThat(kalender.plusWorkingDays(diajukan, 5)).isEqualTo(LocalDateTime.of(2027, 3, 19, 10, 0));
    assertThat(kalender.hariLibur(LocalDate.of(2027, 3, 9))).get()
        .satisfies(libur -> assertThat(libur.terkonfirmasi()).as("estimated, not from the SKB").isFalse());
  }

  @Test
  void yearEnd2027CountsUpToTheLastDayWithData() {
    // given Monday 20 Dec 2027; Fri 24 Dec cuti bersama (estimated), Sat 25 Dec Natal
    assertThat(kalender.plusWorkingDays(LocalDate.of(2027, 12, 20), 4)).isEqualTo(LocalDate.of(2027, 12, 27));
    assertThat(kalender.plusWorkingDays(LocalDate.of(2027, 12, 20), 8)).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void deadlineCrossingInto2028WithoutDataFailsNamingTheYear() {
    // given no data for 2028; when 5 working days from Monday 27 Dec 2027 need 3 Jan 2028
    assertThatThrownBy(() -> kalender.plusWorkingDays(LocalDate.of(2027, 12, 27), 5))
        .isInstanceOf(HariLiburTidakTersedia.class)
        .hasMessageContaining("tahun 2028")
        .hasMessageContaining("hari-libur-2028.json")
        .satisfies(e -> assertThat(((HariLiburTidakTersedia) e).tahun()).isEqualTo(2028));
    assertThatThrownBy(() -> kalender.isWorkingDay(LocalDate.of(2024, 6, 3)))
        .as("a year before the data fails as well").isInstanceOf(HariLiburTidakTersedia.class);
  }

  @Test
  void adminCorrectionMovesAHolidayAndCanBeWithdrawn() {
    // given Idul Fitri 1448 H confirmed one day later: 9 Mar becomes a working day, 11 Mar is the second day
    kalender.terapkanUbahan(List.of(UbahanHariLibur.hariKerja(LocalDate.of(2027, 3, 9)),
        UbahanHariLibur.libur(new HariLibur(LocalDate.of(2027, 3, 11), "Hari Raya Idul Fitri 1448 H", JenisLibur.LIBUR_NASIONAL, true))));

    // then 5 working days from Friday 5 Mar: 9, 15, 16, 17, 18 March
    assertThat(kalender.isWorkingDay(LocalDate.of(2027, 3, 9))).isTrue();
    assertThat(kalender.plusWorkingDays(LocalDate.of(2027, 3, 5), 5)).isEqualTo(LocalDate.of(2027, 3, 18));
    assertThat(kalender.hariLiburTahun(2027)).extracting(HariLibur::tanggal)
        .doesNotContain(LocalDate.of(2027, 3, 9)).contains(LocalDate.of(2027, 3, 11));
    assertThat(kalender.hariLiburBawaan(LocalDate.of(2027, 3, 9))).isPresent();

    // when the corrections are withdrawn, the file counts again
    kalender.terapkanUbahan(List.of());
    assertThat(kalender.plusWorkingDays(LocalDate.of(2027, 3, 5), 5)).isEqualTo(LocalDate.of(2027, 3, 19));
  }

  @Test
  void aWeekendDoesNotCountAndTheTimeOfDayIsKept() {
    ZonedDateTime jumat = ZonedDateTime.of(2025, 10, 10, 14, 30, 0, 0, ZoneId.of("Asia/Jakarta"));

    assertThat(kalender.plusWorkingDays(jumat, 1)).isEqualTo(jumat.withDayOfMonth(13));
    assertThat(kalender.plusWorkingDays(jumat, 5)).isEqualTo(jumat.withDayOfMonth(17));
    assertThat(kalender.plusWorkingDays(jumat.withDayOfMonth(11), 5)).as("from a Saturday").isEqualTo(jumat.withDayOfMonth(17));
  }

  @Test
  void zeroWorkingDaysLeavesTheDateAndNegativeIsRefused() {
    assertThat(kalender.plusWorkingDays(LocalDate.of(2026, 3, 21), 0)).isEqualTo(LocalDate.of(2026, 3, 21));
    assertThatThrownBy(() -> kalender.plusWorkingDays(LocalDate.of(2026, 3, 21), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negatif");
  }

  @Test
  void countingIsTheInverseOfAdding() {
    assertThat(kalender.countWorkingDays(LocalDate.of(2025, 3, 27), LocalDate.of(2025, 4, 14))).isEqualTo(5);
    assertThat(kalender.countWorkingDays(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 3, 27))).isEqualTo(-5);
    assertThat(kalender.countWorkingDays(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 17))).isZero();
    for (int n = 0; n <= 30; n++) {
      LocalDate start = LocalDate.of(2026, 3, 13);
      assertThat(kalender.countWorkingDays(start, kalender.plusWorkingDays(start, n))).isEqualTo(n);
    }
  }

  @Test
  void the2026CalendarHas240WorkingDays() {
    // 261 weekdays minus 13 weekday holidays and 8 cuti bersama
    assertThat(kalender.countWorkingDays(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(240);
  }

  @Test
  void holidaysAndCutiBersamaAreNotWorkingDays() {
    assertThat(kalender.isWorkingDay(LocalDate.of(2025, 8, 18))).as("cuti bersama added by the amendment").isFalse();
    assertThat(kalender.isWorkingDay(LocalDate.of(2026, 3, 20))).isFalse();
    assertThat(kalender.isWorkingDay(LocalDate.of(2026, 3, 25))).isTrue();
    assertThat(kalender.isWorkingDay(LocalDate.of(2026, 3, 28))).as("Saturday").isFalse();
    assertThat(kalender.hariLibur(LocalDate.of(2026, 3, 21))).get()
        .extracting(HariLibur::jenis).isEqualTo(JenisLibur.LIBUR_NASIONAL);
  }

  @Test
  void nextWorkingDayAfterNyepi2026IsTheDayAfterTheLebaranCutiBersama() {
    assertThat(kalender.nextWorkingDay(LocalDate.of(2026, 3, 17))).isEqualTo(LocalDate.of(2026, 3, 25));
    assertThat(kalender.nextWorkingDay(LocalDate.of(2026, 3, 25))).isEqualTo(LocalDate.of(2026, 3, 26));
  }
}
