package id.meritflow.demo;

import java.time.LocalDate;

/**
 * Plausible SK numbers: classification code (823.x pangkat, 821.x jabatan, per Permendagri 78/2012
 * style), a running number, the issuing office and the year.
 */
final class NomorSk {

  private NomorSk() {}

  static String pangkat(String instansiId, int n, LocalDate tmt) {
    return "823.3/" + String.format("%04d", (tmt.getDayOfYear() * 7 + n * 131) % 10_000) + "-"
        + issuer(instansiId) + "/" + tmt.getYear();
  }

  static String jabatan(String instansiId, int n, LocalDate tmt) {
    return "821.2/" + String.format("%04d", (tmt.getDayOfYear() * 11 + n * 97) % 10_000) + "-"
        + issuer(instansiId) + "/" + tmt.getYear();
  }

  private static String issuer(String instansiId) {
    return switch (instansiId) {
      case AgencyCatalog.CIMAHI -> "BKPSDM";
      case AgencyCatalog.JABAR -> "BKD";
      case AgencyCatalog.KEMENPANRB -> "KEMENPANRB";
      default -> "BKN";
    };
  }
}
