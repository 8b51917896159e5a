package id.meritflow.kenaikanpangkat.domain;

import java.util.Arrays;
import java.util.Optional;

/** Promotion types (PP 99/2000 as amended by PP 12/2002). Requirements per type: kp-syarat-jenis.dmn. */
public enum JenisKenaikanPangkat {
  REGULER("Kenaikan pangkat reguler"),
  PILIHAN_STRUKTURAL("Kenaikan pangkat pilihan (jabatan struktural)"),
  PILIHAN_FUNGSIONAL("Kenaikan pangkat pilihan (jabatan fungsional)"),
  PENYESUAIAN_IJAZAH("Kenaikan pangkat penyesuaian ijazah"),
  PRESTASI_LUAR_BIASA("Kenaikan pangkat karena prestasi luar biasa");

  private final String label;

  JenisKenaikanPangkat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Only a diploma adjustment may skip ranks; every other type goes one rank up. */
  public boolean bolehMelompat() {
    return this == PENYESUAIAN_IJAZAH;
  }

  public static Optional<JenisKenaikanPangkat> parse(String kode) {
    return Arrays.stream(values()).filter(j -> j.name().equals(kode)).findFirst();
  }
}
