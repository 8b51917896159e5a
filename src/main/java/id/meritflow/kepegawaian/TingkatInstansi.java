package id.meritflow.kepegawaian;

import java.util.Arrays;
import java.util.Optional;

/** Agency tier. */
public enum TingkatInstansi {
  PUSAT, PROVINSI, KABUPATEN_KOTA;

  public static Optional<TingkatInstansi> parse(String kode) {
    return Arrays.stream(values()).filter(t -> t.name().equals(kode)).findFirst();
  }
}
