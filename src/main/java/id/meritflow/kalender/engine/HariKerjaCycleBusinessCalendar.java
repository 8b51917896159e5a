package id.meritflow.kalender.engine;

import id.meritflow.kalender.KalenderHariKerja;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stands in for Camunda's "cycle" calendar. It must extend {@link CycleBusinessCalendar}: the
 * engine casts to that class when it schedules the next repetition (TimerEntity#calculateNewDueDate).
 *
 * <p>{@code R3/5 hari kerja}: the n-th repetition is due n×5 working days after the timer was
 * created, at the same time of day; after the third the timer ends.
 */
class HariKerjaCycleBusinessCalendar extends CycleBusinessCalendar {

  private final CycleBusinessCalendar asal;
  private final KalenderHariKerja kalender;
  private final ZoneId zona;

  HariKerjaCycleBusinessCalendar(CycleBusinessCalendar asal, KalenderHariKerja kalender, ZoneId zona) {
    this.asal = asal;
    this.kalender = kalender;
    this.zona = zona;
  }

  @Override
  public Date resolveDuedate(String duedate, Date startDate, long repeatOffset) {
    Optional<EkspresiHariKerja.Siklus> siklus = EkspresiHariKerja.Siklus.parse(duedate);
    // not Optional.map: a used-up cycle answers null, which must not fall through to Camunda's parser
    return siklus.isPresent() ? next(siklus.get(), startDate) : asal.resolveDuedate(duedate, startDate, repeatOffset);
  }

  private Date next(EkspresiHariKerja.Siklus siklus, Date startDate) {
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(zona);
    // The engine writes the start in the JVM's default zone (TimerEntity's SimpleDateFormat).
    ZonedDateTime mulai = siklus.mulai()
        .map(text -> LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).withZoneSameInstant(zona))
        .orElseGet(() -> startDate != null ? startDate.toInstant().atZone(zona) : now);
    int limit = siklus.kali().orElse(Integer.MAX_VALUE);
    ZonedDateTime due = mulai;
    for (int n = 1; n <= limit; n++) {
      due = kalender.plusWorkingDays(due, siklus.langkah().jumlah());
      if (due.isAfter(now)) {
        return Date.from(due.toInstant());
      }
    }
    return null; // every repetition is used up: the engine then ends the cycle
  }
}
