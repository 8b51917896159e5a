package id.meritflow.pelaksana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.BrowserSession;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import id.meritflow.support.Tasklist;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The acting official in the real Tasklist: the header's link to /ketidakhadiran, a delegated
 * verification whose form says in whose place they act, and a reserved signing whose form says why not.
 */
@MeritFlowIntegrationTest
class PelaksanaDiTasklistBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INFO = "Pelaksana harian / pelaksana tugas";

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  private final List<String[]> absences = new ArrayList<>();
  private final List<String> cases = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    absences.forEach(a -> post(a[1], "/api/ketidakhadiran/" + a[0] + "/akhiri", ""));
    cases.stream().filter(id -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0)
        .forEach(id -> runtime.deleteProcessInstance(id, "uji selesai"));
  }

  @Test
  void plhSeesWhyTheSignatureIsNotTheirsAndVerifiesInTheVerifiersPlace() throws Exception {
    // given the verifier and the President's signing office are away with the analyst as Plh
    record("verifikator-bkn", "analis-bkn");
    record("setneg", "analis-bkn");
    String verifikasi = start("pemutakhiran-pendidikan", Map.of("nip", DemoPegawai.DEWI_NIP, "pendidikanBaru", "S2",
        "bidangPendidikan", "Kebijakan Publik", "perguruanTinggi", "Universitas Indonesia",
        "nomorIjazah", "UI/PLH/" + UUID.randomUUID(), "tanggalIjazah", "2025-02-01"), "Task_VerifikasiUsulan");
    String nip = jdbc.queryForObject("""
        select p.nip from pegawai p join jabatan j on j.id = p.jabatan_id
        where j.instansi_id = 'jabar' and j.jenis = 'JPT_MADYA' order by p.nip fetch first 1 rows only""", String.class);
    String tandaTangan = start("penandatanganan-sk", Map.of("nip", nip, "jenisKeputusan", "MUTASI",
        "tmt", SuiteClock.hariIni().plusMonths(1).toString(),
        "jabatanSasaranId", jdbc.queryForObject("select jabatan_id from pegawai where nip = ?", String.class, nip)),
        "Task_Tandatangani");

    // when the analyst logs in to Tasklist
    Tasklist tasklist = new Tasklist(browser.driver(), port, "PelaksanaDiTasklist");
    tasklist.loginAs("analis-bkn", "demo");

    // then the header leads to the absences page
    tasklist.step("header-link", () -> tasklist.awaitText(By.id("meritflow-ketidakhadiran"),
        t -> t.contains("Ketidakhadiran")));

    // and the signing form says it is not delegated, and why
    tasklist.openTask(tandaTangan);
    tasklist.step("reserved-form", () -> tasklist.awaitValue(Tasklist.field("textarea", INFO),
        v -> v != null && v.contains("tidak dilimpahkan") && v.contains("1/SE/I/2021")));

    // and the verification form says in whose place the analyst acts; the analyst decides it
    tasklist.openTask(verifikasi);
    tasklist.step("delegated-form", () -> tasklist.awaitValue(Tasklist.field("textarea", INFO),
        v -> v != null && v.contains("sebagai Plh Verifikator BKN")));
    tasklist.claim();
    tasklist.chooseAndComplete(verifikasi, "Setujui usulan");
    assertThat(history.createHistoricTaskInstanceQuery().taskId(verifikasi).singleResult().getAssignee())
        .isEqualTo("analis-bkn");

    // and the page lists the absences the analyst acts in
    tasklist.openPage("/ketidakhadiran");
    tasklist.step("page", () -> tasklist.awaitText(By.id("daftar"),
        t -> t.contains("Verifikator BKN") && t.contains("Plh Analis SDM Aparatur BKN")));

    // and records the analyst's own leave next week on it, with BKN's head of regional office as Plh
    tasklist.selectByText("pelaksana", "Kepala Kanreg III BKN");
    tasklist.setDate("mulai", SuiteClock.hariIni().plusDays(7));
    tasklist.setDate("selesai", SuiteClock.hariIni().plusDays(8));
    tasklist.typeInto(By.id("alasan"), "Cuti tahunan");
    tasklist.click(By.id("simpan"));
    tasklist.step("recorded", () -> tasklist.awaitText(By.id("pesan"), t -> t.startsWith("Tercatat")));
    var mine = JSON.readTree(rest.withBasicAuth("analis-bkn", "demo").getForEntity("/api/ketidakhadiran", String.class)
        .getBody());
    mine.forEach(k -> {
      if (k.get("pejabat").asText().equals("analis-bkn")) {
        assertThat(k.get("pelaksana").asText()).isEqualTo("kanreg-bkn");
        absences.add(new String[] {k.get("id").asText(), "analis-bkn"});
      }
    });
    assertThat(absences).hasSize(3);
  }

  private String start(String key, Map<String, Object> variables, String taskKey) {
    String id = runtime.startProcessInstanceByKey(key, "PLH-BROWSER-" + UUID.randomUUID(), variables).getId();
    cases.add(id);
    return EngineAwait.task(tasks, id, taskKey);
  }

  private void record(String pejabat, String pelaksana) throws Exception {
    var created = post(pejabat, "/api/ketidakhadiran",
        "{\"pelaksana\":\"%s\",\"jenis\":\"PLH\",\"alasan\":\"Dinas luar\"}".formatted(pelaksana));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    absences.add(new String[] {JSON.readTree(created.getBody()).get("id").asText(), pejabat});
  }

  private org.springframework.http.ResponseEntity<String> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }
}
