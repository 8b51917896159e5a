package id.meritflow.mutasi.proses;

import id.meritflow.support.BrowserSession;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.HeadlessChromium;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.Tasklist;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * BKN's verifier reviews a politically timed transfer in the real Tasklist: logs in, opens the
 * review task, sees the check results, the recommendation's explanation and the risk in the
 * embedded review form, agrees, and the engine carries the case to its end.
 */
@MeritFlowIntegrationTest
class TinjauMutasiDiTasklistBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Test
  void verifikatorAgreesToAPoliticallyTimedTransferInTasklistAndTheCaseEnds() throws Exception {
    // given a clean Cimahi transfer made two months after the mayor's inauguration (POL-162-3),
    // whose Mendagri approval is recorded, so it waits for BKN's verifier
    MutasiProposals proposals = new MutasiProposals(rest, jdbc);
    String proposal = proposals.cleanInCimahi("PELAKSANA").orElseThrow(() ->
        new AssertionError("the demo registry has no clean pelaksana transfer in Cimahi"));
    String nip = JSON.readTree(proposal).get("nip").asText();
    LocalDate before = jdbc.queryForObject("select tanggal_pelantikan_kepala_daerah from instansi where id = 'cimahi'",
        LocalDate.class);
    String kasus;
    String taskId;
    try {
      jdbc.update("update instansi set tanggal_pelantikan_kepala_daerah = ? where id = 'cimahi'", today().minusMonths(2));
      ResponseEntity<String> created = proposals.post("operator-cimahi", "/api/mutasi", proposal);
      assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
      kasus = JSON.readTree(created.getBody()).get("id").asText();
      taskService.complete(EngineAwait.task(taskService, kasus, "Task_CatatDokumen"), Map.of("kodeAturan", "POL-162-3",
          "nomor", "100.2.2.6/1234/OTDA", "tanggal", today().toString(), "penerbit", "Menteri Dalam Negeri"));
      taskId = EngineAwait.task(taskService, kasus, "Task_TinjauUsulan");
    } finally {
      jdbc.update("update instansi set tanggal_pelantikan_kepala_daerah = ? where id = 'cimahi'", before);
    }
    String penjelasan = (String) runtimeService.getVariable(kasus, "penjelasanRekomendasi");
    assertThat(penjelasan).isNotBlank();

    // when the verifier opens the review task in Tasklist
    Tasklist tasklist = new Tasklist(browser.driver(), port, "TinjauMutasiDiTasklist");
    tasklist.loginAs("verifikator-bkn", "demo");
    tasklist.openTask(taskId);

    // then the form shows the case, the check results, the explanation and the risk in words
    tasklist.step("form-rendered", () -> {
      tasklist.visible(By.id("keputusan-setuju"));
      new WebDriverWait(browser.driver(), Tasklist.UI_WAIT).until(d ->
          d.findElement(By.id("nama-pegawai")).getText().contains(nip)
              && d.findElement(By.id("hasil-aturan")).getText().contains("POL-162-3")
              && d.findElement(By.id("penjelasan-rekomendasi")).getText().equals(penjelasan)
              && d.findElement(By.id("risiko")).getText().contains("Risiko politik"));
    });
    tasklist.claim();

    // and when the verifier agrees
    tasklist.click(By.id("keputusan-setuju"));
    tasklist.completeTask(taskId);

    // then the engine has the review done by the verifier, and the case runs on to its end
    var task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    assertThat(task.getEndTime()).as("review task completed").isNotNull();
    assertThat(task.getAssignee()).isEqualTo("verifikator-bkn");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(kasus)
        .variableName("keputusanTinjauan").singleResult().getValue()).isEqualTo("SETUJU");
    EngineAwait.ended(runtimeService, kasus);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(kasus).singleResult()
        .getEndActivityId()).isEqualTo("End_MutasiSelesai");
  }











  private static LocalDate today() {
    return id.meritflow.support.SuiteClock.hariIni();
  }
}
