package id.meritflow.disiplin;

import id.meritflow.kepegawaian.JenisHukuman;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DIS-BERULANG: a repeat of a violation of the same nature gets a heavier penalty than the last one.
 * "Heavier" is the next penalty in the order of PP 94/2021 (the order of {@link JenisHukuman}), so a
 * third teguran tertulis becomes a pernyataan tidak puas, and a repeat after the heaviest ringan
 * penalty becomes sedang.
 */
public final class BerulangPolicy {

  public static final String KODE = "DIS-BERULANG";

  /** The penalty after the rule, and why. */
  public record Hasil(JenisHukuman jenisHukuman, Alasan alasan) {}

  public Hasil terapkan(JenisHukuman usulan, String jenisPelanggaran, List<HukumanTerdahulu> riwayat) {
    Optional<HukumanTerdahulu> terberat = riwayat.stream()
        .filter(h -> h.jenisPelanggaran() != null && h.jenisPelanggaran().equalsIgnoreCase(jenisPelanggaran))
        .max(Comparator.comparing(HukumanTerdahulu::jenisHukuman));
    Map<String, Object> fakta = new LinkedHashMap<>();
    fakta.put("usulan", usulan.name());
    fakta.put("jenisPelanggaran", jenisPelanggaran);
    fakta.put("hukumanSejenisSebelumnya", riwayat.stream()
        .filter(h -> h.jenisPelanggaran() != null && h.jenisPelanggaran().equalsIgnoreCase(jenisPelanggaran))
        .map(h -> h.kasusId() + ":" + h.jenisHukuman()).toList());
    if (terberat.isEmpty()) {
      return new Hasil(usulan, new Alasan(KODE, false, fakta,
          "Tidak ada hukuman sebelumnya untuk pelanggaran sejenis; hukuman tetap " + Nama.hukuman(usulan) + "."));
    }
    JenisHukuman lalu = terberat.get().jenisHukuman();
    if (usulan.compareTo(lalu) > 0) {
      return new Hasil(usulan, new Alasan(KODE, false, fakta, "Hukuman " + Nama.hukuman(usulan)
          + " sudah lebih berat daripada hukuman sejenis sebelumnya (" + Nama.hukuman(lalu) + ", kasus "
          + terberat.get().kasusId() + ")."));
    }
    JenisHukuman[] urutan = JenisHukuman.values();
    JenisHukuman dinaikkan = urutan[Math.min(lalu.ordinal() + 1, urutan.length - 1)];
    fakta.put("hasil", dinaikkan.name());
    return new Hasil(dinaikkan, new Alasan(KODE, true, fakta, "Pelanggaran sejenis berulang (kasus "
        + terberat.get().kasusId() + " dihukum " + Nama.hukuman(lalu) + "): hukuman dinaikkan dari "
        + Nama.hukuman(usulan) + " menjadi " + Nama.hukuman(dinaikkan) + "."));
  }
}
