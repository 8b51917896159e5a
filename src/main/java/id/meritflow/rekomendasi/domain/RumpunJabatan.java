package id.meritflow.rekomendasi.domain;

import java.util.List;
import java.util.Locale;

/**
 * Position family, told from the position's name: the talent pool a position belongs to and the
 * fields of study that fit it. The registry has no competency dictionary yet, so the family is a
 * keyword match (documented in docs/rekomendasi.md); UMUM accepts every field half-way.
 */
public enum RumpunJabatan {
  KEUANGAN("Keuangan dan aset", List.of("keuangan", "anggaran", "bendahara", "perbendaharaan", "aset", "pajak", "pendapatan", "akuntan", "auditor"),
      List.of("akuntansi", "ekonomi", "manajemen", "perpajakan")),
  SDM("Sumber daya manusia aparatur", List.of("kepegawaian", "sdm", "sumber daya manusia", "talenta", "mutasi", "karier", "kompetensi", "assessor"),
      List.of("administrasi", "manajemen", "psikologi", "hukum", "pemerintahan")),
  HUKUM("Hukum", List.of("hukum", "peraturan", "perundang"), List.of("hukum")),
  TEKNIK("Teknik dan infrastruktur", List.of("teknik", "jalan", "jembatan", "bina marga", "sumber daya air", "tata ruang", "bangunan", "infrastruktur"),
      List.of("teknik", "perencanaan wilayah")),
  INFORMATIKA("Data dan informatika", List.of("informatika", "data", "informasi", "statistik", "persandian", "komputer"),
      List.of("informatika", "komputer", "statistika", "komunikasi")),
  KESEHATAN("Kesehatan", List.of("kesehatan", "perawat", "bidan", "dokter", "penyakit"), List.of("kesehatan", "keperawatan", "kebidanan")),
  PERENCANAAN("Perencanaan dan kebijakan", List.of("perencana", "kebijakan", "pembangunan", "evaluasi", "akuntabilitas"),
      List.of("perencanaan", "ekonomi pembangunan", "administrasi", "statistika", "pemerintahan")),
  UMUM("Umum dan pemerintahan", List.of(), List.of("administrasi", "pemerintahan", "manajemen"));

  private final String label;
  private final List<String> kataKunci;
  private final List<String> bidangSesuai;

  RumpunJabatan(String label, List<String> kataKunci, List<String> bidangSesuai) {
    this.label = label;
    this.kataKunci = kataKunci;
    this.bidangSesuai = bidangSesuai;
  }

  public String label() {
    return label;
  }

  public static RumpunJabatan dari(String namaJabatan) {
    String n = namaJabatan == null ? "" : namaJabatan.toLowerCase(Locale.ROOT);
    for (RumpunJabatan r : values()) {
      if (r.kataKunci.stream().anyMatch(n::contains)) {
        return r;
      }
    }
    return UMUM;
  }

  /** Whether a field of study fits this family. */
  public boolean bidangSesuai(String bidang) {
    String b = bidang.toLowerCase(Locale.ROOT);
    return bidangSesuai.stream().anyMatch(b::contains);
  }
}
