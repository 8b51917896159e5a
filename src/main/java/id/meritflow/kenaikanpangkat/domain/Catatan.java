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

  /** "5 tahun 3 bulan". */
  static String lama(LocalDate dari, LocalDate sampai) {
    Period p = Period.between(dari, sampai);
    return p.getYears() + " tahun " + p.getMonths() + " bulan";
  }
}
