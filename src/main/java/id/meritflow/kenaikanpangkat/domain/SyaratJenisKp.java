package id.meritflow.kenaikanpangkat.domain;

import id.meritflow.kepegawaian.PredikatKinerja;
import java.util.Optional;

/**
 * What a promotion type requires, as kp-syarat-jenis.dmn decides it.
 *
 * @param jabatanWajib the position family the type needs: STRUKTURAL, FUNGSIONAL, or empty
 * @param dibatasiRentangJabatan whether the target may not exceed the top of the position's range
 * @param dibatasiPendidikan whether KP-BATAS-PENDIDIKAN applies: not to pilihan, which the position's range bounds
 * @param verifikasi what BKN must verify by hand before its pertek: IJAZAH, PRESTASI, or empty
 */
public record SyaratJenisKp(int minimalTahunPangkat, int tahunKinerja, PredikatKinerja predikatMinimum,
    Optional<String> jabatanWajib, boolean dibatasiRentangJabatan, boolean dibatasiPendidikan,
    Optional<String> verifikasi) {

  public static final String STRUKTURAL = "STRUKTURAL";
  public static final String FUNGSIONAL = "FUNGSIONAL";
  public static final String IJAZAH = "IJAZAH";
  public static final String PRESTASI = "PRESTASI";

  public boolean perluVerifikasi(String apa) {
    return verifikasi.filter(apa::equals).isPresent();
  }
}
