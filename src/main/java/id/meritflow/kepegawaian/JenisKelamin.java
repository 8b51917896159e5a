package id.meritflow.kepegawaian;

import java.util.Arrays;
import java.util.Optional;

/** Sex as recorded in the registry: L (laki-laki) or P (perempuan), NIP digit 15 is 1 or 2. */
public enum JenisKelamin {
  L('1'), P('2');

  private final char digitNip;

  JenisKelamin(char digitNip) {
    this.digitNip = digitNip;
  }

  public char digitNip() {
    return digitNip;
  }

  public static Optional<JenisKelamin> parse(String kode) {
    return Arrays.stream(values()).filter(j -> j.name().equals(kode)).findFirst();
  }

  static Optional<JenisKelamin> fromDigitNip(char digit) {
    return Arrays.stream(values()).filter(j -> j.digitNip == digit).findFirst();
  }
}
