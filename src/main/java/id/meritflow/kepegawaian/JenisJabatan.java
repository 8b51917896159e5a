package id.meritflow.kepegawaian;

import java.util.Arrays;
import java.util.Optional;

/** Position type under UU 20/2023. */
public enum JenisJabatan {
  JPT_UTAMA, JPT_MADYA, JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL;

  public boolean struktural() {
    return this != PELAKSANA && this != FUNGSIONAL;
  }

  public static Optional<JenisJabatan> parse(String kode) {
    return Arrays.stream(values()).filter(j -> j.name().equals(kode)).findFirst();
  }
}
