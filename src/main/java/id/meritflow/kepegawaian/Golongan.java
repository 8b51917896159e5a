package id.meritflow.kepegawaian;

import java.util.Arrays;
import java.util.Optional;

/** Rank grade (golongan/ruang) with its pangkat title, lowest first. */
public enum Golongan {
  I_A("I/a", "Juru Muda"),
  I_B("I/b", "Juru Muda Tingkat I"),
  I_C("I/c", "Juru"),
  I_D("I/d", "Juru Tingkat I"),
  II_A("II/a", "Pengatur Muda"),
  II_B("II/b", "Pengatur Muda Tingkat I"),
  II_C("II/c", "Pengatur"),
  II_D("II/d", "Pengatur Tingkat I"),
  III_A("III/a", "Penata Muda"),
  III_B("III/b", "Penata Muda Tingkat I"),
  III_C("III/c", "Penata"),
  III_D("III/d", "Penata Tingkat I"),
  IV_A("IV/a", "Pembina"),
  IV_B("IV/b", "Pembina Tingkat I"),
  IV_C("IV/c", "Pembina Utama Muda"),
  IV_D("IV/d", "Pembina Utama Madya"),
  IV_E("IV/e", "Pembina Utama");

  private final String kode;
  private final String pangkat;

  Golongan(String kode, String pangkat) {
    this.kode = kode;
    this.pangkat = pangkat;
  }

  public String kode() {
    return kode;
  }

  public String pangkat() {
    return pangkat;
  }

  /** What a person reads, e.g. "III/c — Penata". */
  public String label() {
    return kode + " \u2014 " + pangkat;
  }

  public static Optional<Golongan> fromKode(String kode) {
    return Arrays.stream(values()).filter(g -> g.kode.equals(kode)).findFirst();
  }

  public Optional<Golongan> next() {
    return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
  }
}
