package id.meritflow.kenaikanpangkat;

import id.meritflow.kenaikanpangkat.domain.KalenderPeriodeKp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import id.meritflow.platform.waktu.EngineClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class KenaikanPangkatConfiguration {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Bean
  KalenderPeriodeKp kalenderPeriodeKp(KenaikanPangkatProperties properties) {
    return properties.kalender();
  }

  /** "Today" in western Indonesian time; a Clock bean (tests) takes over when present. */
  @Bean
  HariIniKp hariIniKp(ObjectProvider<Clock> clock) {
    Clock c = clock.getIfAvailable(EngineClock::new);
    return () -> LocalDate.now(c.withZone(WIB));
  }

  interface HariIniKp extends Supplier<LocalDate> {}
}
