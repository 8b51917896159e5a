package id.meritflow.kalender.engine;

import id.meritflow.kalender.KalenderHariKerja;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;

/**
 * Wraps whatever manager the engine had, so that calendars another plugin registered stay in place
 * and only the three names Camunda's timers and tasks ask for learn "hari kerja".
 */
class HariKerjaBusinessCalendarManager implements BusinessCalendarManager {

  private final BusinessCalendarManager asal;
  private final KalenderHariKerja kalender;
  private final ZoneId zona;
  private final Map<String, BusinessCalendar> wrapped = new ConcurrentHashMap<>();

  HariKerjaBusinessCalendarManager(BusinessCalendarManager asal, KalenderHariKerja kalender, ZoneId zona) {
    this.asal = asal;
    this.kalender = kalender;
    this.zona = zona;
  }

  @Override
  public BusinessCalendar getBusinessCalendar(String name) {
    return wrapped.computeIfAbsent(name, this::wrap);
  }

  private BusinessCalendar wrap(String name) {
    BusinessCalendar original = asal.getBusinessCalendar(name);
    if (CycleBusinessCalendar.NAME.equals(name) && original instanceof CycleBusinessCalendar cycle) {
      return new HariKerjaCycleBusinessCalendar(cycle, kalender, zona);
    }
    if (DueDateBusinessCalendar.NAME.equals(name) || DurationBusinessCalendar.NAME.equals(name)) {
      return new HariKerjaBusinessCalendar(original, kalender, zona);
    }
    return original;
  }
}
