package id.meritflow.kenaikanpangkat.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a rule's ordered facts; every value becomes text, a missing value "-". */
final class Catatan {

  private final Map<String, String> fakta = new LinkedHashMap<>();

  Catatan put(String key, Object value) {
    fakta.put(key, value == null ? "-" : String.valueOf(value));
    return this;
  }

  HasilAturanKp hasil(String kode, StatusAturanKp status, String pesan) {
    return new HasilAturanKp(kode, status, fakta, pesan);
  }

  private static final java.time.format.DateTimeFormatter TANGGAL =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id-ID"));

  /** "1 Januari 2027", for the sentences a person reads (facts keep ISO dates). */
  static String tanggal(LocalDate d) {
    return d.format(TANGGAL);
  }

  /** "5 tahun 3 bulan". */
  static String lama(LocalDate dari, LocalDate sampai) {
    Period p = Period.between(dari, sampai);
    return p.getYears() + " tahun " + p.getMonths() + " bulan";
  }
}
