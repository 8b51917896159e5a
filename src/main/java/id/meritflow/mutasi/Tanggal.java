package id.meritflow.mutasi;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date arithmetic shared by the rules, with whole-year and whole-month anniversaries. */
final class Tanggal {

  private static final DateTimeFormatter TAMPIL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

  private Tanggal() {}

  /** Whether at least {@code tahun} full years lie between {@code sejak} and {@code pada}. */
  static boolean sudahTahun(LocalDate sejak, LocalDate pada, int tahun) {
    return !sejak.plusYears(tahun).isAfter(pada);
  }

  /** Whole years between two dates ("3 tahun 2 bulan" style periods are shown by {@link #lama}). */
  static int tahunPenuh(LocalDate sejak, LocalDate pada) {
    return Period.between(sejak, pada).getYears();
  }

  static String lama(LocalDate sejak, LocalDate pada) {
    Period p = Period.between(sejak, pada);
    return p.getYears() + " tahun " + p.getMonths() + " bulan " + p.getDays() + " hari";
  }

  static String tampil(LocalDate tanggal) {
    return tanggal == null ? "-" : TAMPIL.format(tanggal);
  }
}
