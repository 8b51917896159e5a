package id.meritflow.kepegawaian;

import java.util.Arrays;
import java.util.Optional;

/** Level of a disciplinary penalty (PP 94/2021). */
public enum TingkatHukuman {
  RINGAN, SEDANG, BERAT;

  public static Optional<TingkatHukuman> parse(String kode) {
    return Arrays.stream(values()).filter(t -> t.name().equals(kode)).findFirst();
  }
}
