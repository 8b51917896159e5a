package id.meritflow.platform.waktu;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the one {@link Clock} every feature asks for "today" and "now". */
@Configuration(proxyBeanMethods = false)
class WaktuConfiguration {

  @Bean
  Clock clock() {
    return new EngineClock();
  }
}
