package id.meritflow.disiplin;

import id.meritflow.kepegawaian.JenisHukuman;
import id.meritflow.kepegawaian.TingkatHukuman;
import java.util.Map;

/**
 * DIS-PEMERIKSA: the examiner chooses the penalty within the range of the examination. A superior
 * alone examined for ringan (or sedang) and may not impose more than that level; a team may impose
 * any level up to the one it was formed for.
 */
public final class RentangHukuman {

  public static final String KODE = "DIS-PEMERIKSA";

  public Alasan periksa(TingkatHukuman tingkatPemeriksaan, JenisHukuman pilihan) {
    Map<String, Object> fakta = Map.of("tingkatPemeriksaan", tingkatPemeriksaan.name(), "pilihan", pilihan.name(),
        "tingkatPilihan", pilihan.tingkat().name());
    if (pilihan.tingkat().compareTo(tingkatPemeriksaan) > 0) {
      return new Alasan(KODE, true, fakta, "Hukuman " + Nama.hukuman(pilihan) + " (tingkat "
          + pilihan.tingkat().name().toLowerCase() + ") di luar rentang pemeriksaan tingkat "
          + tingkatPemeriksaan.name().toLowerCase() + "; pilih hukuman dalam rentang pemeriksaan.");
    }
    return new Alasan(KODE, false, fakta, "Hukuman " + Nama.hukuman(pilihan) + " dalam rentang pemeriksaan tingkat "
        + tingkatPemeriksaan.name().toLowerCase() + ".");
  }
}
