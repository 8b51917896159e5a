package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.RiwayatJabatan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Time served in a kind of position, from the position history: each SK lasts until the next
 * one (the last until the evaluation date). Entries whose position is unknown count for nothing,
 * so missing data can only make a requirement fail, never pass.
 */
final class MasaDalamJenisJabatan {

  private MasaDalamJenisJabatan() {}

  static long hari(List<RiwayatJabatan> riwayat, Map<String, Jabatan> jabatan, LocalDate pada,
      Predicate<Jabatan> jenis) {
    List<RiwayatJabatan> urut = riwayat.stream().filter(r -> r.tmt() != null && !r.tmt().isAfter(pada))
        .sorted(Comparator.comparing(RiwayatJabatan::tmt)).toList();
    long total = 0;
    for (int i = 0; i < urut.size(); i++) {
      RiwayatJabatan r = urut.get(i);
      LocalDate sampai = i + 1 < urut.size() ? urut.get(i + 1).tmt() : pada;
      Jabatan j = r.jabatanId() == null ? null : jabatan.get(r.jabatanId());
      if (j != null && jenis.test(j)) {
        total += ChronoUnit.DAYS.between(r.tmt(), sampai);
      }
    }
    return total;
  }

  /** Whether the days served reach {@code tahun} calendar years counted back from {@code pada}. */
  static boolean cukup(long hari, LocalDate pada, int tahun) {
    return hari >= ChronoUnit.DAYS.between(pada.minusYears(tahun), pada);
  }

  static String lama(long hari) {
    return (hari / 365) + " tahun " + (hari % 365) + " hari";
  }
}
