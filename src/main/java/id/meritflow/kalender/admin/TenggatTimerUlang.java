package id.meritflow.kalender.admin;

import id.meritflow.kalender.KalenderHariKerja;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the due date of timers not yet due after the calendar changed: a timer whose definition is
 * a literal {@code N hari kerja} duration or date is due N working days after it was created, by
 * the calendar as it is now. Timers whose text is an expression ({@code ${tenggatPanggilan}}) or a
 * cycle keep their due date (the expression's value at creation is not kept by the engine).
 */
class TenggatTimerUlang {

  private static final Logger LOG = LoggerFactory.getLogger(TenggatTimerUlang.class);
  /** The engine stores a timer's definition as its job configuration: {@code DURATION: 5 hari kerja}. */
  private static final Pattern KONFIGURASI = Pattern.compile("(?:DURATION|DATE): *(\\d{1,4}) +hari +kerja *",
      Pattern.CASE_INSENSITIVE);

  private final ManagementService management;
  private final KalenderHariKerja kalender;
  private final Clock clock;
  private final ZoneId zona;

  TenggatTimerUlang(ManagementService management, KalenderHariKerja kalender, Clock clock, ZoneId zona) {
    this.management = management;
    this.kalender = kalender;
    this.clock = clock;
    this.zona = zona;
  }

  /** @return how many timers got a new due date */
  int hitungUlang() {
    Date now = Date.from(clock.instant());
    Map<String, Optional<Integer>> hariPerDefinisi = new HashMap<>();
    int diperbarui = 0;
    for (Job job : management.createJobQuery().timers().duedateHigherThan(now).list()) {
      Optional<Integer> hari = hariPerDefinisi.computeIfAbsent(job.getJobDefinitionId(), this::hariKerja);
      if (hari.isEmpty() || job.getCreateTime() == null) {
        continue;
      }
      ZonedDateTime dibuat = job.getCreateTime().toInstant().atZone(zona);
      Date baru = Date.from(kalender.plusWorkingDays(dibuat, hari.get()).toInstant());
      if (!baru.after(now)) {
        baru = now; // a holiday became a working day and the deadline has already passed: due now
      }
      if (!baru.equals(job.getDuedate())) {
        management.setJobDuedate(job.getId(), baru);
        diperbarui++;
      }
    }
    LOG.info("Kalender diubah: {} timer hari kerja yang belum jatuh tempo mendapat tenggat baru", diperbarui);
    return diperbarui;
  }

  private Optional<Integer> hariKerja(String jobDefinitionId) {
    if (jobDefinitionId == null) {
      return Optional.empty();
    }
    JobDefinition definisi = management.createJobDefinitionQuery().jobDefinitionId(jobDefinitionId).singleResult();
    if (definisi == null || definisi.getJobConfiguration() == null) {
      return Optional.empty();
    }
    Matcher m = KONFIGURASI.matcher(definisi.getJobConfiguration());
    return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
