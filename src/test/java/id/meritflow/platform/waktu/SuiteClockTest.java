package id.meritflow.platform.waktu;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.SuiteClock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every test class starts on the suite's date, whatever the wall clock says. */
class SuiteClockTest {

  @Test
  void theApplicationsClockStandsOnTheSuitesDate() {
    String configured = System.getProperty(SuiteClock.PROPERTY, "2026-11-16");
    assertThat(LocalDate.now(new EngineClock())).isEqualTo(LocalDate.parse(configured.substring(0, 10)));
    assertThat(SuiteClock.hariIni()).isEqualTo(LocalDate.parse(configured.substring(0, 10)));
  }
}
