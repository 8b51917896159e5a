package id.meritflow.mutasi;

import java.util.List;

/**
 * The results of all rules and what they mean together: GAGAL if any failed; else
 * PERLU_PERSETUJUAN if any waits for an approval (listed by code); else LULUS. Flags are listed
 * whatever the conclusion.
 */
public record HasilPemeriksaanMutasi(
    List<HasilPemeriksaan> hasil, StatusPemeriksaan kesimpulan, List<String> perluPersetujuan, List<Tanda> ditandai) {

  /** A flag with the rule that raised it. */
  public record Tanda(String kode, String jenis, String alasan) {}

  public HasilPemeriksaanMutasi {
    hasil = List.copyOf(hasil);
    perluPersetujuan = List.copyOf(perluPersetujuan);
    ditandai = List.copyOf(ditandai);
  }

  static HasilPemeriksaanMutasi dari(List<HasilPemeriksaan> hasil) {
    List<String> menunggu = hasil.stream().filter(h -> h.status() == StatusPemeriksaan.PERLU_PERSETUJUAN)
        .map(HasilPemeriksaan::kode).toList();
    boolean gagal = hasil.stream().anyMatch(h -> h.status() == StatusPemeriksaan.GAGAL);
    StatusPemeriksaan kesimpulan = gagal ? StatusPemeriksaan.GAGAL
        : !menunggu.isEmpty() ? StatusPemeriksaan.PERLU_PERSETUJUAN : StatusPemeriksaan.LULUS;
    List<Tanda> tanda = hasil.stream().filter(h -> h.ditandai().isPresent())
        .map(h -> new Tanda(h.kode(), h.ditandai().get().jenis(), h.ditandai().get().alasan())).toList();
    return new HasilPemeriksaanMutasi(hasil, kesimpulan, menunggu, tanda);
  }

  public List<String> gagal() {
    return hasil.stream().filter(h -> h.status() == StatusPemeriksaan.GAGAL).map(HasilPemeriksaan::kode).toList();
  }
}
