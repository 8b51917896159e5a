package id.meritflow.disiplin.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Response bodies of {@code /api/disiplin}. */
final class Jawaban {

  private Jawaban() {}

  record KasusDibuka(String id, String prosesId) {}

  /** One employee of an attendance report: KASUS_DIBUKA, SUDAH_ADA (same year and band) or DI_BAWAH_AMBANG. */
  record HasilKehadiran(String nip, String hasil, String jenisHukuman, String kasusId) {}

  record Kasus(String id, String nip, String instansiId, String pelanggaran, String jenisPelanggaran,
      LocalDate tanggalKasus, String status, String tingkatHukuman, String jenisHukuman, LocalDate tmtHukuman,
      LocalDate akhirHukuman, String sumber, boolean prosesBerjalan, List<String> langkahAktif, String nomorSk,
      String pejabatBerwenang) {}

  /** One early-warning entry for a superior: the rule, the facts and a sentence. */
  record Peringatan(String nip, String nama, String kode, String uraian, Map<String, Object> fakta) {}
}
