package id.meritflow.kepegawaian;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an operator typed to find an employee: digits are the start of a NIP, anything else is
 * words that must all occur in the name (in any order, any case).
 *
 * @param nipAwal the NIP prefix, when the text is digits (spaces ignored)
 * @param kata the lower-cased words of a name search, otherwise
 */
record KataCari(Optional<String> nipAwal, List<String> kata) {

  static final String FIELD = "cari";
  static final int PANJANG_MINIMUM = 2;
  static final int PANJANG_MAKSIMUM = 100;

  KataCari {
    kata = List.copyOf(kata);
  }

  /** The search, or the reason it cannot be run (reported on field {@code cari}). */
  static KataCari parse(String teks) {
    String bersih = teks == null ? "" : teks.strip();
    if (bersih.length() < PANJANG_MINIMUM) {
      throw Violations.invalid(FIELD, "CARI_TERLALU_PENDEK",
          "Ketik paling sedikit " + PANJANG_MINIMUM + " huruf nama atau angka NIP.");
    }
    if (bersih.length() > PANJANG_MAKSIMUM) {
      throw Violations.invalid(FIELD, "TERLALU_PANJANG",
          "Teks pencarian paling banyak " + PANJANG_MAKSIMUM + " karakter.");
    }
    String tanpaSpasi = bersih.replaceAll("\\s+", "");
    if (tanpaSpasi.matches("\\d+")) {
      return new KataCari(Optional.of(tanpaSpasi), List.of());
    }
    return new KataCari(Optional.empty(),
        Arrays.stream(bersih.toLowerCase(Locale.ROOT).split("\\s+")).distinct().toList());
  }

  /** Lowest and highest 18-digit NIP that start with the prefix: a range the primary key serves. */
  Optional<List<String>> rentangNip() {
    return nipAwal.filter(awal -> awal.length() <= 18)
        .map(awal -> List.of(pad(awal, '0'), pad(awal, '9')));
  }

  private static String pad(String awal, char c) {
    return awal + String.valueOf(c).repeat(18 - awal.length());
  }
}
