package id.meritflow.rekomendasi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as a reader in Indonesia writes them: decimal comma, two places. */
final class Angka {

  private Angka() {}

  static String tampil(BigDecimal x) {
    return x.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }

  static String tampil(double x) {
    return tampil(BigDecimal.valueOf(x));
  }
}
