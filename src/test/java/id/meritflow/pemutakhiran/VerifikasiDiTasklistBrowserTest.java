package id.meritflow.pemutakhiran;

import id.meritflow.support.BrowserSession;
import org.junit.jupiter.api.extension.RegisterExtension;
import id.meritflow.demo.DemoPegawai;
import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.HeadlessChromium;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.Tasklist;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A BKN verifier approves an education update in the real Tasklist: logs in, opens the case's
 * task, sees the Camunda Form with the case's data, approves, and the registry is updated.
 */
@MeritFlowIntegrationTest
class VerifikasiDiTasklistBrowserTest {

  private static final String NIP = DemoPegawai.DEWI_NIP;

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  JdbcTemplate jdbc;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Test
  void verifikatorApprovesInTasklistAndRegistryIsUpdated() {
    // given a proposal for Dewi Lestari of Cimahi (demo registry) waiting for verification
    int versiBefore = versiOfDewi();
    String businessKey = "browser-test-" + UUID.randomUUID();
    String processInstanceId = runtimeService.startProcessInstanceByKey("pemutakhiran-pendidikan", businessKey,
        Map.of("nip", NIP, "pendidikanBaru", "S2", "bidangPendidikan", "Magister Administrasi Publik",
            "perguruanTinggi", "Universitas Padjadjaran", "nomorIjazah", "UNPAD/S2/2024/0042",
            "tanggalIjazah", "2024-08-30"))
        .getId();
    String taskId = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey("Task_VerifikasiUsulan").singleResult().getId();

    // when the verifier approves it in Tasklist
    Tasklist tasklist = new Tasklist(browser.driver(), port, "VerifikasiDiTasklist");
    tasklist.loginAs("verifikator-bkn", "demo");
    tasklist.openTask(taskId);
    tasklist.step("form-rendered", () -> {
      tasklist.visible(Tasklist.radioLabel("Keputusan verifikasi"));
      tasklist.awaitValue(Tasklist.field("input", "NIP pegawai"), NIP::equals);
    });
    tasklist.claim();
    tasklist.chooseAndComplete(taskId, "Setujui usulan");

    // then the engine moved the case on: task done by the verifier, registry updated, case ended
    var task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    assertThat(task.getEndTime()).as("verification task completed").isNotNull();
    assertThat(task.getAssignee()).isEqualTo("verifikator-bkn");
    var ended = waitFor(Duration.ofSeconds(20), () -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).finished().singleResult());
    assertThat(ended).as("case %s ended (the update runs asynchronously)", businessKey).isNotNull();
    assertThat(ended.getEndActivityId()).isEqualTo("End_DataDiperbarui");
    assertThat(jdbc.queryForMap("select pendidikan, versi from pegawai where nip = ?", NIP))
        .containsEntry("PENDIDIKAN", "S2")
        .containsEntry("VERSI", versiBefore + 1);
  }


  private int versiOfDewi() {
    return jdbc.queryForObject("select versi from pegawai where nip = ?", Integer.class, NIP);
  }






  private static <T> T waitFor(Duration timeout, Supplier<T> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T value = probe.get();
    while (value == null && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      value = probe.get();
    }
    return value;
  }
}
