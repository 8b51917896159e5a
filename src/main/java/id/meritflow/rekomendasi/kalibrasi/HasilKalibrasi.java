package id.meritflow.rekomendasi.kalibrasi;

import id.meritflow.rekomendasi.domain.BobotRekomendasi;
import id.meritflow.rekomendasi.domain.Faktor;
import java.util.Locale;

/**
 * What calibration found: AUC and precision@k on the holdout, for the fitted model and for the
 * configured weights, and the fitted weights rescaled to points out of 100 (negative coefficients
 * set to 0: a factor may not count against a candidate in this explainable model).
 */
public record HasilKalibrasi(int latih, int uji, double aucModel, double aucBobotSekarang, int k, double presisiModel,
    double presisiBobotSekarang, double[] koefisien, BobotRekomendasi bobotDisarankan) {

  public String laporan() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "Kalibrasi bobot rekomendasi: %d data latih, %d data uji (holdout)%n", latih, uji));
    s.append(String.format(Locale.ROOT, "  AUC model regresi logistik : %.3f%n", aucModel));
    s.append(String.format(Locale.ROOT, "  AUC bobot yang berlaku    : %.3f%n", aucBobotSekarang));
    s.append(String.format(Locale.ROOT, "  presisi@%d model           : %.3f%n", k, presisiModel));
    s.append(String.format(Locale.ROOT, "  presisi@%d bobot berlaku   : %.3f%n", k, presisiBobotSekarang));
    s.append("  Bobot disarankan (meritflow.rekomendasi.bobot.*):\n");
    for (Faktor f : Faktor.values()) {
      s.append(String.format(Locale.ROOT, "    %-14s koefisien %7.3f -> bobot %6.2f%n", f.name(), koefisien[f.ordinal()],
          bobotDisarankan.bobot(f)));
    }
    return s.toString();
  }
}
