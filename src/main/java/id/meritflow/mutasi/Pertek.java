package id.meritflow.mutasi;

import java.util.Objects;

/**
 * The technical approval (pertimbangan teknis) of a transfer. Who gives it depends only on the
 * route (domain.md §2); the number is derived from the case so that re-running the step after a
 * crash gives the same pertek rather than a second one.
 */
public record Pertek(String nomor, String penerbit) {

  public static Pertek untuk(RuteMutasi rute, String nomorUsulan) {
    Objects.requireNonNull(rute, "rute");
    return new Pertek("PERTEK/" + kode(rute) + "/" + nomorUsulan, penerbit(rute));
  }

  static String penerbit(RuteMutasi rute) {
    return switch (rute) {
      case DALAM_INSTANSI -> "Tim penilai kinerja internal instansi";
      case ANTAR_INSTANSI_SATU_PROVINSI -> "Kantor Regional BKN";
      case ANTAR_PROVINSI, PUSAT_DAERAH -> "Kepala BKN";
    };
  }

  private static String kode(RuteMutasi rute) {
    return switch (rute) {
      case DALAM_INSTANSI -> "TPK";
      case ANTAR_INSTANSI_SATU_PROVINSI -> "KANREG";
      case ANTAR_PROVINSI, PUSAT_DAERAH -> "BKN";
    };
  }
}
