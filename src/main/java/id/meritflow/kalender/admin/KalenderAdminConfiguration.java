package id.meritflow.kalender.admin;

import id.meritflow.kalender.KalenderHariKerja;
import id.meritflow.kalender.config.KalenderProperties;
import java.time.Clock;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the admin's calendar corrections; they are read into the calendar before the app serves. */
@Configuration
class KalenderAdminConfiguration {

  @Bean
  TenggatTimerUlang tenggatTimerUlang(ManagementService management, KalenderHariKerja kalender, Clock clock,
      KalenderProperties properties) {
    return new TenggatTimerUlang(management, kalender, clock, properties.zonaWaktu());
  }

  @Bean
  KalenderAdminService kalenderAdminService(UbahanHariLiburRepository repository, KalenderHariKerja kalender,
      TenggatTimerUlang timer, Clock clock, KalenderProperties properties) {
    KalenderAdminService service = new KalenderAdminService(repository, kalender, timer, clock, properties.zonaWaktu());
    service.muatUlang();
    return service;
  }

  @Bean
  KalenderAdminController kalenderAdminController(KalenderHariKerja kalender, KalenderAdminService service, Clock clock,
      KalenderProperties properties) {
    return new KalenderAdminController(kalender, service, clock, properties.zonaWaktu());
  }
}
