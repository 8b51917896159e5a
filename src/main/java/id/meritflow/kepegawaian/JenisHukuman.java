package id.meritflow.kepegawaian;

import java.util.Arrays;
import java.util.Optional;

/** The penalties of PP 94/2021 (domain.md §4), each with its level. */
public enum JenisHukuman {
  TEGURAN_LISAN(TingkatHukuman.RINGAN),
  TEGURAN_TERTULIS(TingkatHukuman.RINGAN),
  PERNYATAAN_TIDAK_PUAS(TingkatHukuman.RINGAN),
  POTONGAN_TUKIN_25_6(TingkatHukuman.SEDANG),
  POTONGAN_TUKIN_25_9(TingkatHukuman.SEDANG),
  POTONGAN_TUKIN_25_12(TingkatHukuman.SEDANG),
  PENURUNAN_JABATAN_12(TingkatHukuman.BERAT),
  PEMBEBASAN_JABATAN_12(TingkatHukuman.BERAT),
  PDH_TAPS(TingkatHukuman.BERAT);

  private final TingkatHukuman tingkat;

  JenisHukuman(TingkatHukuman tingkat) {
    this.tingkat = tingkat;
  }

  public TingkatHukuman tingkat() {
    return tingkat;
  }

  public static Optional<JenisHukuman> parse(String kode) {
    return Arrays.stream(values()).filter(j -> j.name().equals(kode)).findFirst();
  }
}
