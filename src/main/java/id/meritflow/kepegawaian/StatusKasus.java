package id.meritflow.kepegawaian;

import java.util.Arrays;
import java.util.Optional;

/** State of a disciplinary case: open, decided (with a penalty) or stopped. */
public enum StatusKasus {
  TERBUKA, DIPUTUS, DIHENTIKAN;

  public static Optional<StatusKasus> parse(String kode) {
    return Arrays.stream(values()).filter(s -> s.name().equals(kode)).findFirst();
  }
}
