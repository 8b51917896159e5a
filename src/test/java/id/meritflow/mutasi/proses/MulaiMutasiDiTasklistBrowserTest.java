package id.meritflow.mutasi.proses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.BrowserSession;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import id.meritflow.support.Tasklist;
import java.util.Map;
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
 * An agency operator starts a transfer in the real Tasklist from the start form's lists: finds the
 * employee by a fragment of the name, picks agency, unit and position by name, and gets the case's
 * number, with no internal id typed anywhere.
 */
@MeritFlowIntegrationTest
class MulaiMutasiDiTasklistBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Test
  void operatorProposesATransferByPickingFromListsAndSeesTheCaseNumber() throws Exception {
    // given a Cimahi employee, and the head position of Bidang Mutasi dan Promosi (full, so the
    // case stops at the checks and no one moves)
    Map<String, Object> pegawai = jdbc.queryForMap("""
        select nip, nama from pegawai where instansi_id = 'cimahi' and nip not in (?, ?)
        order by nip desc offset 5 rows fetch next 1 rows only""", DemoPegawai.DEWI_NIP, DemoPegawai.BUDI_NIP);
    String nip = (String) pegawai.get("nip");
    String[] nama = ((String) pegawai.get("nama")).split(" ");
    String cari = nama[nama.length - 1].substring(0, Math.min(5, nama[nama.length - 1].length())).toLowerCase()
        + " " + nama[0];

    // when the operator fills the start form of "Mutasi Pegawai" in Tasklist
    Tasklist tasklist = new Tasklist(browser.driver(), port, "MulaiMutasiDiTasklist");
    tasklist.loginAs("operator-cimahi", "demo");
    tasklist.startProcess("Mutasi Pegawai");
    tasklist.pickEmployee(cari, nip);
    tasklist.selectByText("instansi-tujuan", "Pemerintah Kota Cimahi");
    tasklist.selectByText("unit-tujuan", "Bidang Mutasi dan Promosi");
    tasklist.selectByText("jabatan-tujuan", "Kepala Bidang Mutasi dan Promosi");
    tasklist.setDate("tmt", SuiteClock.hariIni().plusMonths(1));
    tasklist.typeInto(By.id("uraian-alasan"), "Penyegaran organisasi");
    tasklist.clickStartButton();

    // then the form shows the new case's number, and the agency's list has it with the chosen target
    String nomor = tasklist.visible(By.id("nomor-kasus")).getText().trim();
    assertThat(nomor).matches("MUT-\\d{4}-[A-Z0-9]{8}");
    JsonNode list = JSON.readTree(rest.withBasicAuth("operator-cimahi", "demo")
        .getForObject("/api/mutasi?nip=" + nip, String.class));
    JsonNode row = list.get("items").findParents("businessKey").stream()
        .filter(r -> r.get("businessKey").asText().equals(nomor)).findFirst().orElseThrow();
    assertThat(row.get("jabatanTujuanId").asText()).isEqualTo("cimahi-bkpsdm-2-j1");
    assertThat(row.get("nama").asText()).isEqualTo(pegawai.get("nama"));

    // the full position fails the checks; then the case has served its purpose and is stopped,
    // so that it holds nothing for other tests
    EngineAwait.task(taskService, row.get("id").asText(), "Task_PerbaikiUsulan");
    runtimeService.deleteProcessInstance(row.get("id").asText(), "uji formulir selesai");
  }
}
