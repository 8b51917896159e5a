package id.meritflow.support;

import id.meritflow.platform.waktu.EngineClock;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The suite's "now": every test class starts on one fixed date (the engine's clock, which is the
 * application's {@link java.time.Clock}, runs on from there), so no test depends on the wall clock.
 *
 * <p>Registered for every test class by {@code META-INF/services} and automatic extension detection
 * ({@code junit-platform.properties}). The date is {@value #DEFAULT} unless the system property
 * {@code meritflow.test.tanggal} names another ({@code 2026-12-31} or {@code 2026-12-31T08:00}), so
 * the whole suite can be run on any day: {@code mvn verify -Dmeritflow.test.tanggal=2028-02-29}.
 */
public final class SuiteClock implements BeforeAllCallback {

  public static final String PROPERTY = "meritflow.test.tanggal";
  static final String DEFAULT = "2026-11-16T09:00";

  /** Offset from the wall clock to the suite's date, fixed once for the JVM so time runs continuously. */
  private static final long OFFSET = offset(System.getProperty(PROPERTY, DEFAULT));

  @Override
  public void beforeAll(ExtensionContext context) {
    reset();
  }

  /** Back to the suite's running clock, after a test fixed or moved the engine's clock. */
  public static void reset() {
    ClockUtil.offset(OFFSET);
  }

  /** Today for the application (western Indonesian time), as its rules see it. */
  public static LocalDate hariIni() {
    return LocalDate.now(clock());
  }

  public static Clock clock() {
    return new EngineClock();
  }

  static long offset(String value) {
    LocalDateTime at = value.contains("T") ? LocalDateTime.parse(value) : LocalDate.parse(value).atTime(LocalTime.of(9, 0));
    long target = ZonedDateTime.of(at, EngineClock.WIB).toInstant().toEpochMilli();
    return target - System.currentTimeMillis();
  }
}
