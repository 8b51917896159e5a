package id.meritflow.kepegawaian;

import java.time.LocalDate;

/** Rules of one year's predikat kinerja, shared by the create request and the per-year update. */
final class KinerjaRules {

  private KinerjaRules() {}

  static void tahun(Violations v, String field, int tahun, LocalDate tmtCpns, LocalDate today) {
    // A year's rating exists only once the year has started and the employee was already serving.
    if (tahun > today.getYear()) {
      v.add(field, "KINERJA_TAHUN_MASA_DEPAN", "Tahun kinerja tidak boleh melewati tahun berjalan.");
    } else if (tmtCpns != null && tahun < tmtCpns.getYear()) {
      v.add(field, "KINERJA_SEBELUM_CPNS", "Tahun kinerja tidak boleh sebelum tahun TMT CPNS.");
    }
  }

  static void predikat(Violations v, String field, String kode) {
    if (v.required(field, kode, "Predikat kinerja") && PredikatKinerja.parse(kode).isEmpty()) {
      v.add(field, "PREDIKAT_TIDAK_VALID",
          "Predikat harus SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG atau SANGAT_KURANG.");
    }
  }
}
