package id.meritflow.kalender.engine;

import id.meritflow.kalender.KalenderHariKerja;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Stands in for Camunda's "dueDate" and "duration" calendars: understands {@code "N hari kerja"}
 * and passes every other text to the calendar it replaces. Timers (timeDate, timeDuration) and task
 * due and follow-up dates all resolve a text through one of these two, so one syntax serves all.
 */
class HariKerjaBusinessCalendar implements BusinessCalendar {

  private final BusinessCalendar asal;
  private final KalenderHariKerja kalender;
  private final ZoneId zona;

  HariKerjaBusinessCalendar(BusinessCalendar asal, KalenderHariKerja kalender, ZoneId zona) {
    this.asal = asal;
    this.kalender = kalender;
    this.zona = zona;
  }

  @Override
  public Date resolveDuedate(String duedate) {
    return resolveDuedate(duedate, (Date) null);
  }

  @Override
  public Date resolveDuedate(String duedate, Date startDate) {
    return EkspresiHariKerja.parse(duedate)
        .map(ekspresi -> plus(startDate != null ? startDate : ClockUtil.getCurrentTime(), ekspresi.jumlah()))
        .orElseGet(() -> asal.resolveDuedate(duedate, startDate));
  }

  @Override
  public Date resolveDuedate(String duedate, Task task) {
    // A task's due date counts from when the task was created; before insert that is "now".
    Date start = task != null && task.getCreateTime() != null ? task.getCreateTime() : ClockUtil.getCurrentTime();
    return EkspresiHariKerja.parse(duedate)
        .map(ekspresi -> plus(start, ekspresi.jumlah()))
        .orElseGet(() -> asal.resolveDuedate(duedate, task));
  }

  private Date plus(Date start, int days) {
    return Date.from(kalender.plusWorkingDays(start.toInstant().atZone(zona), days).toInstant());
  }
}
