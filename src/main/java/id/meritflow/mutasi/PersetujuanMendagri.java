package id.meritflow.mutasi;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The shared shape of the two pilkada freezes: when the TMT falls in a window of the source or
 * target agency the move waits for the Mendagri's written approval, recorded under the rule's
 * own code; any such document lifts the wait.
 */
final class PersetujuanMendagri {

  private PersetujuanMendagri() {}

  static HasilPemeriksaan periksa(String kode, FaktaMutasi fakta, Function<id.meritflow.kepegawaian.Instansi,
      Optional<JendelaPilkada>> jendela, Fakta f, String catatanLulus) {
    f.put("tanggalEvaluasi", fakta.tanggalEvaluasi());
    List<JendelaPilkada> kena = JendelaPilkada.instansiTerlibat(fakta).stream()
        .map(jendela).flatMap(Optional::stream)
        .peek(j -> f.put("jendela." + j.instansi().id(), j.uraian()))
        .filter(j -> j.mencakup(fakta.tanggalEvaluasi())).toList();
    if (kena.isEmpty()) {
      return HasilPemeriksaan.lulus(kode, f, "TMT tidak berada dalam masa larangan penggantian pejabat " + kode + ".");
    }
    String instansi = String.join(" dan ", kena.stream().map(j -> j.instansi().nama()).toList());
    f.put("instansiTerkena", String.join(", ", kena.stream().map(j -> j.instansi().id()).toList()));
    Optional<DokumenPersetujuan> dokumen = fakta.usulan().dokumenUntuk(kode).stream().findFirst();
    if (dokumen.isEmpty()) {
      return HasilPemeriksaan.perluPersetujuan(kode, f, "TMT berada dalam masa larangan penggantian pejabat di "
          + instansi + " (" + kena.get(0).uraian() + "); diperlukan persetujuan tertulis Menteri Dalam Negeri.");
    }
    f.put("persetujuanMendagri", dokumen.get().uraian());
    return HasilPemeriksaan.lulus(kode, f, "Persetujuan tertulis Menteri Dalam Negeri nomor " + dokumen.get().nomor()
        + " telah tercatat untuk penggantian pejabat di " + instansi + "." + catatanLulus);
  }
}
