package id.meritflow.demo;

import id.meritflow.kepegawaian.PredikatKinerja;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Predikat for the last three completed years (those since CPNS): mostly Baik, about 15% Sangat
 * Baik and 8% below Baik, so that MUT-KINERJA and KP-KINERJA fail for a visible minority.
 */
final class KinerjaGenerator {

  static final int YEARS = 3;

  private final int lastYear;

  KinerjaGenerator(LocalDate referenceDate) {
    this.lastYear = referenceDate.getYear() - 1;
  }

  List<KinerjaData> random(String nip, LocalDate tmtCpns, SplittableRandom random) {
    List<KinerjaData> rows = new ArrayList<>(YEARS);
    for (int tahun = lastYear - YEARS + 1; tahun <= lastYear; tahun++) {
      if (tahun >= tmtCpns.getYear()) {
        rows.add(new KinerjaData(nip, tahun, predikat(random.nextInt(100))));
      }
    }
    return rows;
  }

  /** Named demo employees perform well so that the demo flows pass their merit checks. */
  List<KinerjaData> good(String nip) {
    List<KinerjaData> rows = new ArrayList<>(YEARS);
    for (int tahun = lastYear - YEARS + 1; tahun <= lastYear; tahun++) {
      rows.add(new KinerjaData(nip, tahun,
          tahun == lastYear ? PredikatKinerja.SANGAT_BAIK : PredikatKinerja.BAIK));
    }
    return rows;
  }

  private static PredikatKinerja predikat(int roll) {
    if (roll < 15) {
      return PredikatKinerja.SANGAT_BAIK;
    }
    if (roll < 92) {
      return PredikatKinerja.BAIK;
    }
    if (roll < 97) {
      return PredikatKinerja.BUTUH_PERBAIKAN;
    }
    return roll < 99 ? PredikatKinerja.KURANG : PredikatKinerja.SANGAT_KURANG;
  }
}
