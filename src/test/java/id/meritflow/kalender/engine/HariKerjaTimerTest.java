package id.meritflow.kalender.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.meritflow.kalender.HariLiburTidakTersedia;
import id.meritflow.kalender.KalenderHariKerja;
import id.meritflow.kalender.file.HariLiburSources;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "N hari kerja" in a real engine: timers and task due dates land on the right instant. */
@Deployment(resources = "kalender/hari-kerja-timer.bpmn")
class HariKerjaTimerTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final KalenderHariKerja KALENDER = new KalenderHariKerja(
      HariLiburSources.load(Stream.of("kalender/hari-libur-2025.json", "kalender/hari-libur-2026.json",
              "kalender/hari-libur-2027.json")
          .map(name -> HariKerjaTimerTest.class.getClassLoader().getResource(name)).toList(), null).values());

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engineWithHariKerja()).build();

  ProcessEngine engine; // injected by the extension

  @org.junit.jupiter.api.BeforeEach
  void bindAssertionsToThisEngine() {
    // Other engines live in the same JVM (the application's, the model tests'): name ours.
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    id.meritflow.support.SuiteClock.reset();
  }

  @AfterAll
  static void closeEngine() {
    extension.getProcessEngine().close();
  }

  @Test
  void taskDueDateAndSlaTimerSkipIdulFitri2026AndTheTimerApprovesAtThatInstant() {
    // given a proposal arriving Monday 16 March 2026 09:00 WIB, the week before Lebaran
    clockAt(2026, 3, 16, 9, 0);

    // when
    ProcessInstance usulan = engine.getRuntimeService().startProcessInstanceByKey("uji-sla-hari-kerja", Map.of("jumlahHari", 5));

    // then task and timer are due 5 working days later: Monday 30 March 09:00
    Date expected = at(2026, 3, 30, 9, 0);
    assertThat(engine.getTaskService().createTaskQuery().singleResult().getDueDate()).isEqualTo(expected);
    Job sla = timer("Timer_BatasWaktuHabis");
    assertThat(sla.getDuedate()).isEqualTo(expected);

    // and the timer is not executable a minute before, but is at that instant, and fires
    clockAt(2026, 3, 30, 8, 59);
    assertThat(engine.getManagementService().createJobQuery().executable().activityId("Timer_BatasWaktuHabis").count()).isZero();
    clockAt(2026, 3, 30, 9, 0);
    assertThat(engine.getManagementService().createJobQuery().executable().activityId("Timer_BatasWaktuHabis").count()).isOne();
    engine.getManagementService().executeJob(sla.getId());
    assertThat(usulan).isEnded().hasPassed("End_DisetujuiOtomatis").hasNotPassed("End_Disetujui");
  }

  @Test
  void reminderCycleRepeatsOnWorkingDaysOnlyAndStopsAfterItsCount() {
    // given a task created on Nyepi 2026 (Thursday 19 March), 08:00
    clockAt(2026, 3, 19, 8, 0);
    ProcessInstance usulan = engine.getRuntimeService().startProcessInstanceByKey("uji-sla-hari-kerja", Map.of("jumlahHari", 5));

    // then the first reminder waits for the first working day after the Lebaran break
    Job first = timer("Timer_Pengingat");
    assertThat(first.getDuedate()).isEqualTo(at(2026, 3, 25, 8, 0));

    // when it fires, the second is one working day later, and there is no third
    clockAt(2026, 3, 25, 8, 0);
    engine.getManagementService().executeJob(first.getId());
    Job second = timer("Timer_Pengingat");
    assertThat(second.getDuedate()).isEqualTo(at(2026, 3, 26, 8, 0));

    clockAt(2026, 3, 26, 8, 0);
    engine.getManagementService().executeJob(second.getId());
    assertThat(engine.getManagementService().createJobQuery().activityId("Timer_Pengingat").count()).isZero();
    assertThat(usulan).isWaitingAt("Task_SetujuiUsulan");
  }

  @Test
  void timeDateCrossesChristmasAndNewYear() {
    // given Wednesday 24 December 2025, 10:00; 25-26 Dec off
    clockAt(2025, 12, 24, 10, 0);

    // when
    engine.getRuntimeService().startProcessInstanceByKey("uji-tenggat-hari-kerja");

    // then 29, 30, 31 December
    assertThat(timer("Timer_Tenggat").getDuedate()).isEqualTo(at(2025, 12, 31, 10, 0));
  }

  @Test
  void timeDateAcrossIdulFitri2027SkipsNyepiLebaranAndCutiBersama() {
    // given Friday 5 March 2027, 10:00; 8 Mar Nyepi, 9-10 Mar Idul Fitri, 11-12 Mar cuti bersama (all estimated)
    clockAt(2027, 3, 5, 10, 0);

    // when
    engine.getRuntimeService().startProcessInstanceByKey("uji-tenggat-hari-kerja");

    // then 15, 16, 17 March
    assertThat(timer("Timer_Tenggat").getDuedate()).isEqualTo(at(2027, 3, 17, 10, 0));
  }

  @Test
  void aTimerReachingPastTheLastYearOfDataIsRefusedAndAsAJobBecomesAnIncident() {
    // given Thursday 30 December 2027 and no data for 2028
    clockAt(2027, 12, 30, 10, 0);

    // when a case would create a 5-working-day timer synchronously: refused, nothing started
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("uji-sla-hari-kerja", Map.of("jumlahHari", 1)))
        .satisfies(e -> assertThat(sebab(e)).hasMessageContaining("tahun 2028"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("uji-sla-hari-kerja").count()).isZero();

    // when the timer is created by a job (asyncBefore), the job fails each retry and ends as an incident
    var model = Bpmn.createExecutableProcess("uji-tenggat-async").camundaHistoryTimeToLive(1).startEvent()
        .intermediateCatchEvent("Timer_Async").camundaAsyncBefore().timerWithDate("3 hari kerja").endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("uji-tenggat-async.bpmn", model).deploy();
    String kasus = engine.getRuntimeService().startProcessInstanceByKey("uji-tenggat-async").getId();
    for (int i = 0; i < 3; i++) {
      String job = engine.getManagementService().createJobQuery().processInstanceId(kasus).singleResult().getId();
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job)).satisfies(e -> sebab(e));
    }
    var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(kasus).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getIncidentMessage()).contains("Tidak ada data hari libur untuk tahun 2028");
  }

  @Test
  void isoDurationsStillGoToCamundasOwnCalendar() {
    clockAt(2026, 3, 20, 12, 0);
    var calendar = new HariKerjaBusinessCalendar(new DurationBusinessCalendar(), KALENDER, WIB);

    assertThat(calendar.resolveDuedate("P1D")).isEqualTo(at(2026, 3, 21, 12, 0));
    assertThat(calendar.resolveDuedate("1 hari kerja")).isEqualTo(at(2026, 3, 25, 12, 0));
  }

  /** The calendar's refusal, however the engine wrapped it. */
  private static HariLiburTidakTersedia sebab(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HariLiburTidakTersedia tanpaData) {
        return tanpaData;
      }
    }
    throw new AssertionError("not caused by the missing calendar year", e);
  }

  private Job timer(String activityId) {
    return engine.getManagementService().createJobQuery().activityId(activityId).singleResult();
  }

  private static void clockAt(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(at(year, month, day, hour, minute));
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(WIB).toInstant());
  }

  private static ProcessEngine engineWithHariKerja() {
    var configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:kalender-hari-kerja;DB_CLOSE_DELAY=1000")
        .setProcessEngineName("kalender-hari-kerja")
        .setJobExecutorActivate(false)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new HariKerjaEnginePlugin(KALENDER, WIB))));
    return configuration.buildProcessEngine();
  }
}
