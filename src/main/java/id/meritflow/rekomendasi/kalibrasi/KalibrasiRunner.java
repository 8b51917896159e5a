package id.meritflow.rekomendasi.kalibrasi;

import id.meritflow.rekomendasi.domain.Penilai;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --meritflow.rekomendasi.kalibrasi=true}: at start-up, calibrate on the synthetic historical
 * decisions of the demo (or the CSV named by {@code meritflow.rekomendasi.kalibrasi-berkas}) and log the report next to the configured weights. It only reports: the
 * weights stay configuration that a person changes after reading it.
 */
@Component
@ConditionalOnProperty(name = "meritflow.rekomendasi.kalibrasi", havingValue = "true")
class KalibrasiRunner implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(KalibrasiRunner.class);

  private final Penilai penilai;
  private final String berkas;

  KalibrasiRunner(Penilai penilai, @Value("${meritflow.rekomendasi.kalibrasi-berkas:}") String berkas) {
    this.penilai = penilai;
    this.berkas = berkas;
  }

  @Override
  public void run(ApplicationArguments args) throws java.io.IOException {
    long seed = 20250701L;
    // An agency's own decisions when a CSV is named, else the synthetic demo decisions.
    List<KeputusanHistoris> data = berkas.isBlank() ? GeneratorKeputusanHistoris.buat(seed, 2000, 8)
        : KeputusanHistorisCsv.baca(Path.of(berkas));
    LOG.info("\n{}", Kalibrasi.jalankan(data, penilai.bobot(), 0.2, 50, seed).laporan());
  }
}
