package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.TingkatInstansi;
import java.util.Objects;
import java.util.Optional;

/** The route of a transfer: decides who gives the pertek and who signs the SK (domain.md §2). */
public enum RuteMutasi {
  /** Inside one instansi (rotasi). */
  DALAM_INSTANSI,
  /** Kab/kota ↔ kab/kota, provinsi ↔ kab/kota, within one province. */
  ANTAR_INSTANSI_SATU_PROVINSI,
  /** Between regional agencies of different provinces. */
  ANTAR_PROVINSI,
  /** Daerah ↔ pusat and pusat ↔ pusat. */
  PUSAT_DAERAH;

  /**
   * The route the two agencies imply, or empty when it cannot be told (a regional agency without
   * a province). Kab/kota → provinsi of the same province is read as ANTAR_INSTANSI_SATU_PROVINSI
   * (domain.md names only provinsi → kab/kota; see docs/mutasi-aturan.md).
   */
  public static Optional<RuteMutasi> antara(Instansi asal, Instansi tujuan) {
    if (asal.id().equals(tujuan.id())) {
      return Optional.of(DALAM_INSTANSI);
    }
    if (asal.tingkat() == TingkatInstansi.PUSAT || tujuan.tingkat() == TingkatInstansi.PUSAT) {
      return Optional.of(PUSAT_DAERAH);
    }
    if (blank(asal.provinsi()) || blank(tujuan.provinsi())) {
      return Optional.empty();
    }
    return Optional.of(Objects.equals(norm(asal.provinsi()), norm(tujuan.provinsi()))
        ? ANTAR_INSTANSI_SATU_PROVINSI : ANTAR_PROVINSI);
  }

  /** Whether the move leaves the employee's agency (MUT-PERSETUJUAN, MUT-APS-10TH apply). */
  public boolean antarInstansi() {
    return this != DALAM_INSTANSI;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String norm(String s) {
    return s.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
