package id.meritflow.demo;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Pendidikan;

/**
 * Rank at CPNS entry and the rank ceiling per education level (domain.md §3 KP-BATAS-PENDIDIKAN),
 * plus the youngest plausible CPNS age, so generated careers stay legal.
 */
final class EducationLadder {

  /** The oldest age at which one may enter CPNS. */
  static final int MAX_CPNS_AGE = 35;

  private EducationLadder() {}

  static Golongan ceiling(Pendidikan p) {
    return switch (p) {
      case SD -> Golongan.II_A;
      case SLTP -> Golongan.II_C;
      case SLTA, D1, D2 -> Golongan.III_B;
      case D3 -> Golongan.III_C;
      case S1, D4 -> Golongan.III_D;
      case S2 -> Golongan.IV_A;
      case S3 -> Golongan.IV_B;
    };
  }

  static Golongan entry(Pendidikan p) {
    return switch (p) {
      case SD -> Golongan.I_A;
      case SLTP -> Golongan.I_C;
      case SLTA, D1 -> Golongan.II_A;
      case D2 -> Golongan.II_B;
      case D3 -> Golongan.II_C;
      case S1, D4 -> Golongan.III_A;
      case S2 -> Golongan.III_B;
      case S3 -> Golongan.III_C;
    };
  }

  /** Youngest CPNS age for the level; never below 18, which the NIP rule also demands. */
  static int minCpnsAge(Pendidikan p) {
    return switch (p) {
      case SD, SLTP -> 18;
      case SLTA -> 19;
      case D1 -> 20;
      case D2 -> 21;
      case D3 -> 22;
      case S1, D4 -> 23;
      case S2 -> 25;
      case S3 -> 29;
    };
  }

  /** Relative frequency of each level among civil servants, used as a drawing weight. */
  static int weight(Pendidikan p) {
    return switch (p) {
      case SD, SLTP, D1, D2 -> 1;
      case SLTA -> 10;
      case D3 -> 6;
      case D4 -> 2;
      case S1 -> 14;
      case S2 -> 6;
      case S3 -> 1;
    };
  }
}
