package id.meritflow.mutasi.proses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.penandatanganan.PenandatangananService;
import id.meritflow.penandatanganan.VerifikasiSkService;
import id.meritflow.support.BrowserSession;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import id.meritflow.support.Tasklist;
import java.time.LocalDate;
import java.util.Map;
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
 * The whole front door of a transfer with only a browser: an agency operator starts it in Tasklist
 * by picking the employee, unit and position from lists (no id typed), sees the case number; BKN's
 * verifier finds the task by the employee's name in the *Tugas kelompok saya* filter, decides from
 * the form, and the case ends with a signed SK. Tasklist speaks Bahasa Indonesia throughout.
 */
@MeritFlowIntegrationTest
class MulaiMutasiDiTasklistBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired PenandatangananService penandatanganan;
  @Autowired VerifikasiSkService verifikasi;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Test
  void operatorStartsATransferFromListsAndTheVerifierApprovesItFromTheFormToASignedSk() throws Exception {
    // given a clean Cimahi transfer, proposed two months after the mayor's inauguration (POL-162-3),
    // so that it needs the Mendagri's approval and then BKN's review
    String proposal = new MutasiProposals(rest, jdbc).cleanInCimahi("PELAKSANA").orElseThrow(() ->
        new AssertionError("the demo registry has no clean pelaksana transfer in Cimahi"));
    JsonNode usulan = JSON.readTree(proposal);
    String nip = usulan.get("nip").asText();
    String nama = jdbc.queryForObject("select nama from pegawai where nip = ?", String.class, nip);
    String unit = jdbc.queryForObject("select nama from unit_kerja where id = ?", String.class,
        usulan.get("unitKerjaTujuanId").asText());
    String jabatan = jdbc.queryForObject("select nama from jabatan where id = ?", String.class,
        usulan.get("jabatanTujuanId").asText());
    LocalDate pelantikan = jdbc.queryForObject("select tanggal_pelantikan_kepala_daerah from instansi where id = 'cimahi'",
        LocalDate.class);
    Tasklist tasklist = new Tasklist(browser.driver(), port, "MulaiMutasiDiTasklist");

    String nomor;
    String kasus;
    try {
      jdbc.update("update instansi set tanggal_pelantikan_kepala_daerah = ? where id = 'cimahi'", today().minusMonths(2));

      // when the operator starts *Mutasi Pegawai* in Tasklist, searching the employee by name
      tasklist.loginAs("operator-cimahi", "demo");
      tasklist.visible(By.xpath("//*[normalize-space()='Mulai proses']"));
      tasklist.startProcess("Mutasi Pegawai");
      // (a one-word name such as "Neng" matches more people than the list shows: an operator types the NIP)
      tasklist.pickEmployee(nama.contains(" ") ? nama : nip.substring(0, 14), nip);
      tasklist.selectByText("instansi-tujuan", "Pemerintah Kota Cimahi");
      tasklist.selectByText("unit-tujuan", unit);
      tasklist.selectByText("jabatan-tujuan", jabatan + " — ");
      tasklist.setDate("tmt", today());
      tasklist.typeInto(By.id("uraian-alasan"), "Pengisian jabatan lowong");
      tasklist.clickStartButton();

      // then the form shows the new case's number at once
      tasklist.awaitText(By.id("nomor-kasus"), t -> !t.isBlank());
      nomor = tasklist.text(By.id("nomor-kasus"));
      kasus = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nomor).singleResult().getId();
      assertThat(runtimeService.getVariable(kasus, "nip")).isEqualTo(nip);
      JsonNode daftar = JSON.readTree(rest.withBasicAuth("operator-cimahi", "demo")
          .getForObject("/api/mutasi?nip=" + nip, String.class));
      assertThat(daftar.get("items").findValuesAsText("businessKey")).as("the agency's list has the case").contains(nomor);

      // and *Usulan saya* lists the case at its current step, waiting for the Mendagri's approval
      String catat = EngineAwait.task(taskService, kasus, "Task_CatatDokumen");
      tasklist.openPage("/usulan-saya");
      tasklist.awaitText(By.id("daftar"), t -> t.contains(nomor) && t.contains("Catat dokumen persetujuan — " + nama));

      // (the Mendagri's approval is recorded by the operator; its form is tested on its own)
      taskService.complete(catat, Map.of("kodeAturan", "POL-162-3",
          "nomor", "100.2.2.6/1234/OTDA", "tanggal", today().toString(), "penerbit", "Menteri Dalam Negeri"));
      EngineAwait.task(taskService, kasus, "Task_TinjauUsulan");
    } finally {
      jdbc.update("update instansi set tanggal_pelantikan_kepala_daerah = ? where id = 'cimahi'", pelantikan);
    }

    // when BKN's verifier looks for the case by the employee's name in their group's filter
    tasklist.logout();
    tasklist.loginAs("verifikator-bkn", "demo");
    tasklist.openTaskNamed("Tugas kelompok saya", "Tinjau usulan mutasi — " + nama);

    // then the form says whose case it is, where from and where to, in words
    tasklist.step("review-form", () -> {
      tasklist.awaitText(By.id("nama-pegawai"), t -> t.contains(nama) && t.contains(nip));
      tasklist.awaitText(By.id("jabatan-tujuan"), t -> t.contains(jabatan) && t.contains(unit));
      tasklist.awaitText(By.id("hasil-aturan"), t -> t.contains("POL-162-3"));
    });

    assertThat(tasklist.text(By.tagName("body"))).as("Tasklist in Bahasa Indonesia, agencies by name")
        .contains("Ambil alih", "Pemerintah Kota Cimahi")
        .doesNotContain("Claim", "Complete", "Start process", "Add Comment", " ago", "migrate to Camunda 8");

    // and when the verifier claims it and agrees
    tasklist.claim();
    tasklist.selectByText("keputusan", "Setuju");
    tasklist.completeTask(taskService.createTaskQuery().processInstanceId(kasus).singleResult().getId());

    // then the case ends with an SK signed for it
    EngineAwait.ended(runtimeService, kasus);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(kasus).singleResult()
        .getEndActivityId()).isEqualTo("End_MutasiSelesai");
    String nomorSk = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(kasus)
        .variableName("nomorSk").singleResult().getValue();
    assertThat(verifikasi.periksa(penandatanganan.pdf(nomorSk).orElseThrow()).sah()).isTrue();
  }

  private static LocalDate today() {
    return SuiteClock.hariIni();
  }
}
