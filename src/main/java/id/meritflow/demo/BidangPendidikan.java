package id.meritflow.demo;

import id.meritflow.kepegawaian.Pendidikan;
import java.util.List;
import java.util.SplittableRandom;

/** Fields of study per education level; none for SD and SLTP. */
final class BidangPendidikan {

  private static final List<String> SLTA = List.of("IPA", "IPS", "SMK Akuntansi",
      "SMK Administrasi Perkantoran", "SMK Teknik Komputer dan Jaringan");
  private static final List<String> DIPLOMA = List.of("Akuntansi", "Manajemen Informatika",
      "Administrasi Perkantoran", "Keperawatan", "Kebidanan", "Teknik Sipil", "Perpajakan");
  private static final List<String> SARJANA = List.of("Ilmu Administrasi Negara", "Ilmu Hukum",
      "Manajemen", "Akuntansi", "Teknik Sipil", "Teknik Informatika", "Ilmu Pemerintahan",
      "Kesehatan Masyarakat", "Ekonomi Pembangunan", "Psikologi", "Ilmu Komunikasi",
      "Agribisnis", "Perencanaan Wilayah dan Kota", "Statistika");
  private static final List<String> MAGISTER = List.of("Magister Administrasi Publik",
      "Magister Manajemen", "Magister Hukum", "Magister Ilmu Pemerintahan",
      "Magister Perencanaan Wilayah dan Kota", "Magister Kesehatan Masyarakat",
      "Magister Akuntansi");
  private static final List<String> DOKTOR = List.of("Doktor Ilmu Administrasi",
      "Doktor Ilmu Pemerintahan", "Doktor Ilmu Hukum", "Doktor Ilmu Manajemen");

  private BidangPendidikan() {}

  static String pick(Pendidikan pendidikan, SplittableRandom random) {
    List<String> pool = switch (pendidikan) {
      case SD, SLTP -> List.of();
      case SLTA -> SLTA;
      case D1, D2, D3 -> DIPLOMA;
      case D4, S1 -> SARJANA;
      case S2 -> MAGISTER;
      case S3 -> DOKTOR;
    };
    return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
  }
}
