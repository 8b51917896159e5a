package id.meritflow.rekomendasi.kalibrasi;

import id.meritflow.rekomendasi.domain.Penilai;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --meritflow.rekomendasi.kalibrasi=true}: at start-up, calibrate on the synthetic historical
 * decisions of the demo and log the report next to the configured weights. It only reports: the
 * weights stay configuration that a person changes after reading it.
 */
@Component
@ConditionalOnProperty(name = "meritflow.rekomendasi.kalibrasi", havingValue = "true")
class KalibrasiRunner implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(KalibrasiRunner.class);

  private final Penilai penilai;

  KalibrasiRunner(Penilai penilai) {
    this.penilai = penilai;
  }

  @Override
  public void run(ApplicationArguments args) {
    long seed = 20250701L;
    HasilKalibrasi hasil = Kalibrasi.jalankan(GeneratorKeputusanHistoris.buat(seed, 2000, 8), penilai.bobot(), 0.2, 50, seed);
    LOG.info("\n{}", hasil.laporan());
  }
}
