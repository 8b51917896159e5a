package id.meritflow.rekomendasi.kalibrasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.rekomendasi.domain.BobotRekomendasi;
import id.meritflow.rekomendasi.domain.Faktor;
import org.junit.jupiter.api.Test;

class KalibrasiTest {

  @Test
  void recoversTheHiddenPreferenceBetterThanChance() {
    HasilKalibrasi hasil = Kalibrasi.jalankan(GeneratorKeputusanHistoris.buat(7, 600, 8), BobotRekomendasi.DEFAULT, 0.25, 30, 7);

    assertThat(hasil.aucModel()).isGreaterThan(0.7);
    assertThat(hasil.presisiModel()).isGreaterThan(1.0 / 8);
    // The hidden preference weighs performance most; the fit should agree.
    assertThat(hasil.bobotDisarankan().bobot(Faktor.KINERJA)).isGreaterThan(hasil.bobotDisarankan().bobot(Faktor.MASA_JABATAN));
    assertThat(hasil.laporan()).contains("AUC", "presisi@30", "KINERJA");
  }

  @Test
  void isDeterministicPerSeed() {
    HasilKalibrasi a = Kalibrasi.jalankan(GeneratorKeputusanHistoris.buat(3, 200, 6), BobotRekomendasi.DEFAULT, 0.2, 20, 3);
    HasilKalibrasi b = Kalibrasi.jalankan(GeneratorKeputusanHistoris.buat(3, 200, 6), BobotRekomendasi.DEFAULT, 0.2, 20, 3);

    assertThat(a.aucModel()).isEqualTo(b.aucModel());
    assertThat(a.bobotDisarankan()).isEqualTo(b.bobotDisarankan());
  }

  @Test
  void precisionAtKCountsChosenAmongTheTopK() {
    assertThat(Kalibrasi.presisiPadaK(new int[] {1, 0, 1, 0}, new double[] {0.9, 0.8, 0.1, 0.2}, 2)).isEqualTo(0.5);
  }
}
