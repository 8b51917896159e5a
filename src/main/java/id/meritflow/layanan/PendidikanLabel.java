package id.meritflow.layanan;

import id.meritflow.kepegawaian.Pendidikan;

/** Education levels as the start form of pemutakhiran-pendidikan names them. */
final class PendidikanLabel {

  private PendidikanLabel() {}

  static String of(Pendidikan p) {
    if (p == null) {
      return null;
    }
    return switch (p) {
      case SD -> "SD / sederajat";
      case SLTP -> "SLTP / sederajat";
      case SLTA -> "SLTA / sederajat";
      case D1 -> "Diploma I";
      case D2 -> "Diploma II";
      case D3 -> "Diploma III";
      case D4 -> "Diploma IV";
      case S1 -> "Sarjana (S1)";
      case S2 -> "Magister (S2)";
      case S3 -> "Doktor (S3)";
    };
  }
}
