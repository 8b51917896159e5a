package id.meritflow.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Disciplinary cases (PP 94/2021) for about 3% of employees: mostly ringan decided and done, some
 * sedang (tukin cut) finished or still running past the reference date, a few stopped, and a
 * handful still open, so that MUT-DISIPLIN and KP-DISIPLIN have cases to block.
 */
final class DisiplinGenerator {

  private static final int CASES_PER_THOUSAND = 30;

  private static final List<String> RINGAN = List.of("TEGURAN_LISAN", "TEGURAN_TERTULIS",
      "PERNYATAAN_TIDAK_PUAS");
  private static final List<String> PELANGGARAN = List.of(
      "Tidak masuk kerja tanpa alasan yang sah",
      "Tidak menaati ketentuan jam kerja",
      "Tidak mencapai target kinerja yang ditetapkan",
      "Tidak menggunakan dan memelihara barang milik negara dengan sebaik-baiknya",
      "Tidak melaporkan harta kekayaan tepat waktu",
      "Menyalahgunakan wewenang dalam pelayanan",
      "Bertindak sewenang-wenang terhadap bawahan");

  private final LocalDate referenceDate;

  DisiplinGenerator(LocalDate referenceDate) {
    this.referenceDate = referenceDate;
  }

  List<KasusDisiplinData> random(String nip, LocalDate tmtCpns, SplittableRandom random) {
    if (random.nextInt(1000) >= CASES_PER_THOUSAND) {
      return List.of();
    }
    String id = nip + "-D1";
    int roll = random.nextInt(100);
    if (roll < 5) {
      LocalDate tanggal = notBefore(referenceDate.minusDays(5 + random.nextInt(60)), tmtCpns);
      return List.of(new KasusDisiplinData(id, nip, pelanggaran(0, random), tanggal, "TERBUKA",
          null, null, null, null));
    }
    if (roll < 10) {
      LocalDate tanggal = notBefore(referenceDate.minusMonths(3 + random.nextInt(30)), tmtCpns);
      return List.of(new KasusDisiplinData(id, nip, pelanggaran(0, random), tanggal, "DIHENTIKAN",
          null, null, null, null));
    }
    if (roll < 75) {
      LocalDate tanggal = notBefore(referenceDate.minusMonths(3 + random.nextInt(45)), tmtCpns);
      // Ringan penalties have no duration; akhir_hukuman stays null.
      return List.of(new KasusDisiplinData(id, nip, pelanggaran(0, random), tanggal, "DIPUTUS",
          "RINGAN", RINGAN.get(random.nextInt(RINGAN.size())), tanggal.plusDays(30 + random.nextInt(30)),
          null));
    }
    int months = 6 + 3 * random.nextInt(3);
    boolean running = roll >= 88;
    LocalDate tmt = running
        ? referenceDate.minusMonths(1 + random.nextInt(5)).withDayOfMonth(1)
        : referenceDate.minusMonths(months + 2 + random.nextInt(30)).withDayOfMonth(1);
    tmt = notBefore(tmt, tmtCpns.plusMonths(2));
    LocalDate tanggal = tmt.minusDays(30 + random.nextInt(40));
    return List.of(new KasusDisiplinData(id, nip, pelanggaran(2, random), tanggal, "DIPUTUS",
        "SEDANG", "POTONGAN_TUKIN_25_" + months, tmt, tmt.plusMonths(months)));
  }

  private static String pelanggaran(int from, SplittableRandom random) {
    String base = PELANGGARAN.get(from + random.nextInt(PELANGGARAN.size() - from));
    return base.startsWith("Tidak masuk") ? base + " selama " + (3 + random.nextInt(8)) + " hari kerja" : base;
  }

  private static LocalDate notBefore(LocalDate date, LocalDate earliest) {
    return date.isBefore(earliest) ? earliest : date;
  }
}
