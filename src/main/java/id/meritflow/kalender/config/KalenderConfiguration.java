package id.meritflow.kalender.config;

import id.meritflow.kalender.KalenderHariKerja;
import id.meritflow.kalender.engine.HariKerjaEnginePlugin;
import id.meritflow.kalender.file.HariLiburSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Loads the hari-libur data at start-up and hands the working-day calendar to the engine. */
@Configuration
@EnableConfigurationProperties(KalenderProperties.class)
class KalenderConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(KalenderConfiguration.class);

  @Bean
  KalenderHariKerja kalenderHariKerja(KalenderProperties properties, ResourcePatternResolver resources) {
    var years = HariLiburSources.load(shipped(resources), properties.direktori());
    LOG.info("Kalender hari kerja: data hari libur untuk tahun {}", years.keySet());
    return new KalenderHariKerja(years.values());
  }

  @Bean
  ProcessEnginePlugin hariKerjaEnginePlugin(KalenderHariKerja kalender, KalenderProperties properties) {
    return new HariKerjaEnginePlugin(kalender, properties.zonaWaktu());
  }

  private static List<URL> shipped(ResourcePatternResolver resources) {
    try {
      List<URL> urls = new ArrayList<>();
      for (Resource resource : resources.getResources("classpath*:kalender/hari-libur-*.json")) {
        urls.add(resource.getURL());
      }
      return urls;
    } catch (IOException e) {
      throw new UncheckedIOException("Data hari libur bawaan tidak dapat dibaca", e);
    }
  }
}
