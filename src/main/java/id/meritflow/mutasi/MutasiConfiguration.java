package id.meritflow.mutasi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java rule list with the configured numbers. */
@Configuration
class MutasiConfiguration {

  @Bean
  KebijakanMutasi kebijakanMutasi(MutasiProperties properties) {
    return properties.kebijakan();
  }

  @Bean
  DaftarAturanMutasi daftarAturanMutasi(KebijakanMutasi kebijakan) {
    return DaftarAturanMutasi.standar(kebijakan);
  }
}
