package id.meritflow.kepegawaian;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import id.meritflow.platform.waktu.EngineClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Today" for the registry's date rules, in Indonesian western time. Uses a {@link Clock} bean when
 * the application defines one (tests, the SLA calendar), so the registry does not own that bean.
 */
@Component
class RegistryClock {

  static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  private final Clock clock;

  RegistryClock(ObjectProvider<Clock> clock) {
    this.clock = clock.getIfAvailable(EngineClock::new);
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(ZONE));
  }
}
