package id.meritflow.mutasi.proses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.meritflow.support.BrowserSession;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import id.meritflow.support.Tasklist;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An agency's operator reads why a transfer failed in the real Tasklist and withdraws it: the
 * correction form names the employee, says which choices were wrong in words, shows the case's
 * target agency and TMT already chosen, and no code or id is typed or read.
 */
@MeritFlowIntegrationTest
class PerbaikiMutasiDiTasklistBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Test
  void operatorReadsWhyATransferFailedAndWithdrawsItInTasklist() {
    // given a Cimahi transfer whose unit and position ids were typed wrong, back with the operator
    String nip = jdbc.queryForObject("select nip from pegawai where instansi_id = 'cimahi' order by nip desc "
        + "offset 5 rows fetch next 1 rows only", String.class);
    LocalDate tmt = SuiteClock.hariIni().plusMonths(2);
    String kasus = runtimeService.startProcessInstanceByKey("mutasi", "MUT-UJI-PERBAIKAN-" + UUID.randomUUID(), Map.of(
        "nip", nip, "instansiTujuanId", "cimahi", "unitKerjaTujuanId", "unit-salah-ketik",
        "jabatanTujuanId", "jabatan-salah-ketik", "alasanKategori", "ROTASI", "alasanUraian", "Uji perbaikan",
        "atasPermintaanSendiri", false, "tanggalUsulan", SuiteClock.hariIni().toString(), "tmt", tmt.toString()))
        .getId();
    String taskId = EngineAwait.task(taskService, kasus, "Task_PerbaikiUsulan");

    // when Cimahi's operator opens the correction task
    Tasklist tasklist = new Tasklist(browser.driver(), port, "PerbaikiMutasiDiTasklist");
    tasklist.loginAs("operator-cimahi", "demo");
    tasklist.openTask(taskId);

    // then the form names the employee, says what was wrong in words and shows the case's choices
    String nama = jdbc.queryForObject("select nama from pegawai where nip = ?", String.class, nip);
    tasklist.step("form-rendered", () -> {
      tasklist.awaitText(By.id("nama-pegawai"), t -> t.contains(nama) && t.contains(nip));
      tasklist.awaitText(By.id("hasil-aturan"), t -> t.startsWith("Tidak memenuhi — Isian usulan: unit kerja tujuan"));
      tasklist.awaitSelectedText("instansi-tujuan", t -> t.equals("Pemerintah Kota Cimahi"));
      tasklist.awaitValue(By.id("tmt"), v -> v.equals(tmt.toString()));
    });
    assertThat(tasklist.text(By.cssSelector("form.meritflow-formulir")))
        .as("no problem codes, ids or JSON on the correction form")
        .doesNotContain("UNIT_KERJA_TIDAK_DIKENAL", "JABATAN_TIDAK_DIKENAL", "salah-ketik", "unitKerjaTujuanId", "[{");
    tasklist.claim();

    // and when the operator withdraws the proposal
    tasklist.selectByText("tindak-lanjut", "Tarik usulan");
    tasklist.completeTask(taskId);

    // then the case ends as withdrawn, decided by the operator
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("operator-cimahi");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(kasus)
        .variableName("tindakLanjut").singleResult().getValue()).isEqualTo("TARIK");
    EngineAwait.ended(runtimeService, kasus);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(kasus).singleResult()
        .getEndActivityId()).isEqualTo("End_UsulanDitolak");
  }

  @Test
  void operatorMovesTheTmtOfAFailedTransferAndSubmitsItAgainWithTheSameTarget() throws Exception {
    // given a clean Cimahi transfer proposed with a TMT before its proposal date, back with the operator
    JsonNode usulan = JSON.readTree(new MutasiProposals(rest, jdbc).cleanInCimahi("PELAKSANA").orElseThrow(() ->
        new AssertionError("the demo registry has no clean pelaksana transfer in Cimahi")));
    LocalDate hariIni = SuiteClock.hariIni();
    String kasus = runtimeService.startProcessInstanceByKey("mutasi", "MUT-UJI-PERBAIKAN-" + UUID.randomUUID(), Map.of(
        "nip", usulan.get("nip").asText(), "instansiTujuanId", "cimahi",
        "unitKerjaTujuanId", usulan.get("unitKerjaTujuanId").asText(), "jabatanTujuanId", usulan.get("jabatanTujuanId").asText(),
        "rute", "DALAM_INSTANSI", "alasanKategori", "PENGEMBANGAN_KARIER", "alasanUraian", "Pengisian jabatan lowong",
        "atasPermintaanSendiri", false, "tanggalUsulan", hariIni.toString(), "tmt", hariIni.minusDays(1).toString()))
        .getId();
    String taskId = EngineAwait.task(taskService, kasus, "Task_PerbaikiUsulan");
    String jabatan = jdbc.queryForObject("select nama from jabatan where id = ?", String.class,
        usulan.get("jabatanTujuanId").asText());

    // when Cimahi's operator opens the task, finds the target chosen, moves the TMT and submits again
    Tasklist tasklist = new Tasklist(browser.driver(), port, "PerbaikiMutasiAjukanUlang");
    tasklist.loginAs("operator-cimahi", "demo");
    tasklist.openTask(taskId);
    tasklist.step("form-rendered", () -> {
      tasklist.awaitText(By.id("hasil-aturan"), t -> t.startsWith("Tidak memenuhi — Isian usulan: TMT"));
      tasklist.awaitSelectedText("jabatan-tujuan", t -> t.startsWith(jabatan));
    });
    tasklist.claim();
    tasklist.selectByText("tindak-lanjut", "Ajukan ulang");
    LocalDate tmtBaru = hariIni.plusMonths(1);
    tasklist.setDate("tmt", tmtBaru);
    tasklist.completeTask(taskId);

    // then the case is checked again with the new TMT and the same target
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(kasus)
        .variableName("tindakLanjut").singleResult().getValue()).isEqualTo("AJUKAN_ULANG");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(kasus)
        .variableName("tmt").singleResult().getValue()).isEqualTo(tmtBaru.toString());
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(kasus)
        .variableName("jabatanTujuanId").singleResult().getValue()).isEqualTo(usulan.get("jabatanTujuanId").asText());
    assertThat(pemeriksaanSelesai(kasus, 2)).as("checks run on the case").isEqualTo(2);
  }

  /** The number of finished checks of the case, once it reaches the expected one or after 30 s. */
  private long pemeriksaanSelesai(String kasus, long diharapkan) throws InterruptedException {
    long end = System.currentTimeMillis() + 30_000;
    long n;
    do {
      n = historyService.createHistoricActivityInstanceQuery().processInstanceId(kasus)
          .activityId("Task_PeriksaSyarat").finished().count();
      if (n >= diharapkan) {
        return n;
      }
      Thread.sleep(250);
    } while (System.currentTimeMillis() < end);
    return n;
  }
}
