package id.meritflow.disiplin.proses;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Today in Jakarta by the engine's clock, so that tests moving the clock move the case's dates. */
final class Hari {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private Hari() {}

  static LocalDate ini() {
    return ClockUtil.getCurrentTime().toInstant().atZone(JAKARTA).toLocalDate();
  }

  /** A date variable as Tasklist's date field or the API writes it ({@code 2026-11-23}, maybe with a time). */
  static LocalDate tanggal(Object value) {
    String text = value.toString();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }
}
