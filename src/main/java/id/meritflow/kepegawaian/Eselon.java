package id.meritflow.kepegawaian;

import java.util.Arrays;
import java.util.Optional;

/** Legacy echelon with its rank range (domain.md §6, legacy table: verify). */
public enum Eselon {
  I_A("I.a", JenisJabatan.JPT_UTAMA, Golongan.IV_E, Golongan.IV_E),
  I_B("I.b", JenisJabatan.JPT_MADYA, Golongan.IV_D, Golongan.IV_E),
  II_A("II.a", JenisJabatan.JPT_PRATAMA, Golongan.IV_C, Golongan.IV_D),
  II_B("II.b", JenisJabatan.JPT_PRATAMA, Golongan.IV_B, Golongan.IV_C),
  III_A("III.a", JenisJabatan.ADMINISTRATOR, Golongan.IV_A, Golongan.IV_B),
  III_B("III.b", JenisJabatan.ADMINISTRATOR, Golongan.III_D, Golongan.IV_A),
  IV_A("IV.a", JenisJabatan.PENGAWAS, Golongan.III_C, Golongan.III_D),
  IV_B("IV.b", JenisJabatan.PENGAWAS, Golongan.III_B, Golongan.III_C);

  private final String kode;
  private final JenisJabatan jenis;
  private final Golongan golonganMin;
  private final Golongan golonganMax;

  Eselon(String kode, JenisJabatan jenis, Golongan golonganMin, Golongan golonganMax) {
    this.kode = kode;
    this.jenis = jenis;
    this.golonganMin = golonganMin;
    this.golonganMax = golonganMax;
  }

  public String kode() {
    return kode;
  }

  public JenisJabatan jenis() {
    return jenis;
  }

  public Golongan golonganMin() {
    return golonganMin;
  }

  public Golongan golonganMax() {
    return golonganMax;
  }

  public static Optional<Eselon> fromKode(String kode) {
    return Arrays.stream(values()).filter(e -> e.kode.equals(kode)).findFirst();
  }
}
