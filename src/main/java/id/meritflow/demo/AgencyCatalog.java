package id.meritflow.demo;

import id.meritflow.kepegawaian.TingkatInstansi;
import java.time.LocalDate;
import java.util.List;

/**
 * The four demo agencies and their share of the employees. Cimahi and Jawa Barat carry the 2024
 * pilkada dates so that the POL-71-2 and POL-162-3 windows can be demonstrated.
 */
final class AgencyCatalog {

  static final String CIMAHI = "cimahi";
  static final String JABAR = "jabar";
  static final String KEMENPANRB = "kemenpanrb";
  static final String BKN = "bkn";

  private static final LocalDate PENETAPAN_CALON = LocalDate.of(2024, 9, 22);
  private static final LocalDate PELANTIKAN = LocalDate.of(2025, 2, 20);
  private static final LocalDate AKHIR_MASA_JABATAN = LocalDate.of(2030, 2, 20);

  /** An agency with its share of the generated employees, in per cent. */
  record Entry(InstansiData instansi, int sharePercent) {}

  static final List<Entry> ENTRIES = List.of(
      new Entry(new InstansiData(CIMAHI, "Pemerintah Kota Cimahi", TingkatInstansi.KABUPATEN_KOTA,
          "Kota Cimahi", "Jawa Barat", PENETAPAN_CALON, PELANTIKAN, AKHIR_MASA_JABATAN), 35),
      new Entry(new InstansiData(JABAR, "Pemerintah Provinsi Jawa Barat", TingkatInstansi.PROVINSI,
          "Provinsi Jawa Barat", "Jawa Barat", PENETAPAN_CALON, PELANTIKAN, AKHIR_MASA_JABATAN), 40),
      new Entry(new InstansiData(KEMENPANRB,
          "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", TingkatInstansi.PUSAT,
          "Nasional", null, null, null, null), 20),
      new Entry(new InstansiData(BKN, "Badan Kepegawaian Negara", TingkatInstansi.PUSAT,
          "Nasional", null, null, null, null), 5));

  private AgencyCatalog() {}

  /** Splits {@code total} by share; rounding leftovers go to the largest agency (jabar). */
  static int[] headcounts(int total) {
    int[] counts = new int[ENTRIES.size()];
    int assigned = 0;
    int largest = 0;
    for (int i = 0; i < counts.length; i++) {
      counts[i] = total * ENTRIES.get(i).sharePercent() / 100;
      assigned += counts[i];
      if (ENTRIES.get(i).sharePercent() > ENTRIES.get(largest).sharePercent()) {
        largest = i;
      }
    }
    counts[largest] += total - assigned;
    return counts;
  }
}
