package id.meritflow.kepegawaian;

import java.util.Arrays;
import java.util.Optional;

/** Highest education level, lowest first; D4 ranks with S1. */
public enum Pendidikan {
  SD(0), SLTP(1), SLTA(2), D1(2), D2(2), D3(3), D4(4), S1(4), S2(5), S3(6);

  private final int tingkat;

  Pendidikan(int tingkat) {
    this.tingkat = tingkat;
  }

  /** Whether this level meets a minimum (D-IV and S1 are equal; D-I and D-II equal SLTA). */
  public boolean memenuhi(Pendidikan minimum) {
    return tingkat >= minimum.tingkat;
  }

  public static Optional<Pendidikan> parse(String kode) {
    return Arrays.stream(values()).filter(p -> p.name().equals(kode)).findFirst();
  }
}
