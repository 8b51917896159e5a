package id.meritflow.dokumen;

import java.util.Locale;

/**
 * A file name fit to store and to send back in {@code Content-Disposition}: no folder part (some
 * browsers send the full path), no control or quoting characters, at most 200 characters, never
 * empty.
 */
final class NamaBerkas {

  private static final int PANJANG_MAKS = 200;

  private NamaBerkas() {}

  static String bersihkan(String asli, TipeBerkas tipe) {
    String nama = asli == null ? "" : asli;
    nama = nama.substring(Math.max(nama.lastIndexOf('/'), nama.lastIndexOf('\\')) + 1);
    nama = nama.replaceAll("[\\p{Cntrl}\"'`;:<>|*?%]", "_").strip();
    if (nama.isEmpty() || nama.chars().allMatch(c -> c == '.' || c == '_')) {
      nama = "dokumen." + tipe.name().toLowerCase(Locale.ROOT);
    }
    if (nama.length() > PANJANG_MAKS) {
      int titik = nama.lastIndexOf('.');
      String akhiran = titik > 0 && nama.length() - titik <= 10 ? nama.substring(titik) : "";
      nama = nama.substring(0, PANJANG_MAKS - akhiran.length()) + akhiran;
    }
    return nama;
  }
}
