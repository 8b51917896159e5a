package id.meritflow.platform.waktu;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock: the engine's own clock ({@link ClockUtil}) seen from Indonesian
 * western time. Timers, due dates and job acquisition read the engine's clock, so "today" in a rule
 * and "now" in a timer can never disagree; a test that moves the engine's clock moves both.
 */
public final class EngineClock extends Clock {

  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final ZoneId zone;

  public EngineClock() {
    this(WIB);
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : new EngineClock(other);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public long millis() {
    return ClockUtil.getCurrentTime().getTime();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EngineClock c && c.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return zone.hashCode();
  }

  @Override
  public String toString() {
    return "EngineClock[" + zone + "]";
  }
}
