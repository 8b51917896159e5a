package id.meritflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The SLA pattern's real listener and delegates on the application's engine and database. */
@MeritFlowIntegrationTest
class SlaPatternTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void deployTheTestModel() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("uji-sla").count() == 0) {
      repositoryService.createDeployment().name("uji-sla").addClasspathResource("sla/uji-sla.bpmn").deploy();
    }
  }

  @Test
  void unansweredApprovalIsRemindedEscalatedToTheSuperiorAndApprovedAutomaticallyOnDaySix() throws Exception {
    // given an approval step of a Cimahi case, due in 5 working days
    String kasus = runtimeService.startProcessInstanceByKey("uji-sla", Map.of("nip", DemoPegawai.DEWI_NIP)).getId();
    String task = taskService.createTaskQuery().processInstanceId(kasus).singleResult().getId();
    JsonNode opened = sla("operator-cimahi", kasus).get(0);
    assertThat(opened.get("status").asText()).isEqualTo("BERJALAN");
    assertThat(workingDaysUntil(opened.get("tenggat").asText())).isEqualTo(5);

    // when nobody answers: the reminder and the escalation timers fire
    fire(kasus, "Pengingat");
    fire(kasus, "Eskalasi");

    // then the step is late and the superior's role may now act on the task
    JsonNode late = sla("operator-cimahi", kasus).get(0);
    assertThat(late.get("pengingatPada").isNull()).isFalse();
    assertThat(late.get("eskalasiPada").isNull()).isFalse();
    assertThat(late.get("status").asText()).isEqualTo("TERLAMBAT");
    assertThat(taskService.getIdentityLinksForTask(task)).anyMatch(l -> "kepala-kanreg".equals(l.getGroupId()));

    // when working day 6 comes
    fire(kasus, "Otomatis");

    // then it is approved by the rule, recorded as such
    JsonNode auto = sla("operator-cimahi", kasus).get(0);
    assertThat(auto.get("status").asText()).isEqualTo("DISETUJUI_OTOMATIS");
    assertThat(auto.get("diselesaikanOleh").asText()).isEqualTo("sistem");
    assertThat(runtimeService.getVariable(kasus, "keputusanTinjauan")).isEqualTo("SETUJU");
    assertThat(runtimeService.getVariable(kasus, "disetujuiOtomatis")).isEqualTo(true);
    var jejak = new ObjectMapper().readTree(rest.withBasicAuth("operator-cimahi", "demo")
        .getForEntity("/api/jejak/kasus/" + kasus, String.class).getBody());
    assertThat(jejak.findValuesAsText("jenis")).contains("PERSETUJUAN_OTOMATIS");
    assertThat(jejak.findValuesAsText("uraian")).anySatisfy(uraian -> assertThat(uraian)
        .contains("hari kerja ke-6").contains("kebijakan BKN").contains("UU 30/2014 Pasal 53"));
  }

  @Test
  void approvalAnsweredInTimeIsRecordedAsDoneOnTime() throws Exception {
    String kasus = runtimeService.startProcessInstanceByKey("uji-sla", Map.of("nip", DemoPegawai.DEWI_NIP)).getId();
    String task = taskService.createTaskQuery().processInstanceId(kasus).singleResult().getId();
    taskService.setAssignee(task, "verifikator-bkn");

    taskService.complete(task);

    JsonNode done = sla("operator-cimahi", kasus).get(0);
    assertThat(done.get("status").asText()).isEqualTo("SELESAI");
    assertThat(done.get("diselesaikanOleh").asText()).isEqualTo("verifikator-bkn");
  }

  @Test
  void anotherAgencyCannotReadACasesSla() {
    String kasus = runtimeService.startProcessInstanceByKey("uji-sla", Map.of("nip", DemoPegawai.DEWI_NIP)).getId();

    assertThat(rest.withBasicAuth("operator-jabar", "demo").getForEntity("/api/sla/kasus/" + kasus, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private void fire(String kasus, String timer) {
    var job = managementService.createJobQuery().processInstanceId(kasus).activityId(timer).singleResult();
    managementService.executeJob(job.getId());
  }

  private JsonNode sla(String user, String kasus) throws Exception {
    var response = rest.withBasicAuth(user, "demo").getForEntity("/api/sla/kasus/" + kasus, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return new ObjectMapper().readTree(response.getBody());
  }

  /** Working days (holidays and cuti bersama excluded) from today to the deadline. */
  private static long workingDaysUntil(String instant) {
    LocalDate due = java.time.Instant.parse(instant.replace("+0000", "Z")).atZone(java.time.ZoneId.of("Asia/Jakarta")).toLocalDate();
    LocalDate day = id.meritflow.support.SuiteClock.hariIni();
    var kalender = id.meritflow.support.HariKerjaTestPlugin.kalender();
    return kalender.countWorkingDays(day, due);
  }
}
