package id.meritflow.kepegawaian;

import java.util.Arrays;
import java.util.Optional;

/** Performance rating (PermenPANRB 6/2022), best first. */
public enum PredikatKinerja {
  SANGAT_BAIK("Sangat Baik"),
  BAIK("Baik"),
  BUTUH_PERBAIKAN("Butuh Perbaikan"),
  KURANG("Kurang"),
  SANGAT_KURANG("Sangat Kurang");

  private final String label;

  PredikatKinerja(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** "At least Baik" means Sangat Baik or Baik. */
  public boolean setidaknyaBaik() {
    return this == SANGAT_BAIK || this == BAIK;
  }

  public static Optional<PredikatKinerja> parse(String kode) {
    return Arrays.stream(values()).filter(p -> p.name().equals(kode)).findFirst();
  }
}
