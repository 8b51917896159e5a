package id.meritflow.kalender.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.kalender.KalenderHariKerja;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The admin corrects the holiday calendar through the API; the engine's timers follow (suite date Mon 16 Nov 2026). */
@MeritFlowIntegrationTest
class KalenderAdminApiTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired KalenderHariKerja kalender;
  @Autowired JdbcTemplate jdbc;
  @Autowired KalenderAdminService service;

  @BeforeEach
  void deployTheTimerModels() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("uji-tenggat-hari-kerja").count() == 0) {
      repositoryService.createDeployment().name("uji-hari-kerja").addClasspathResource("kalender/hari-kerja-timer.bpmn").deploy();
    }
  }

  @AfterEach
  void withdrawEveryCorrection() {
    jdbc.update("delete from hari_libur_ubahan");
    service.muatUlang();
  }

  @Test
  void adminAddsAHolidayAndTimersNotYetDueMoveThenComeBackWhenTheCorrectionIsWithdrawn() throws Exception {
    // given a 3-working-day deadline and a 5-working-day SLA timer created on Monday 16 Nov 2026, 09:00
    String tenggat = runtimeService.startProcessInstanceByKey("uji-tenggat-hari-kerja", Map.of("nip", DemoPegawai.DEWI_NIP)).getId();
    String sla = runtimeService.startProcessInstanceByKey("uji-sla-hari-kerja", Map.of("jumlahHari", 5, "nip", DemoPegawai.DEWI_NIP)).getId();
    assertThat(due(tenggat, "Timer_Tenggat")).isEqualTo(at(2026, 11, 19));
    assertThat(due(sla, "Timer_BatasWaktuHabis")).isEqualTo(at(2026, 11, 23));

    // when the admin declares Wednesday 18 Nov 2026 a holiday
    ResponseEntity<String> put = admin(HttpMethod.PUT, "/api/kalender/hari-libur/2026-11-18",
        Map.of("libur", true, "nama", "Hari libur pemilihan (uji)", "jenis", "LIBUR_NASIONAL", "alasan", "Keppres uji 1/2026"));

    // then both timers are one working day later, and the calendar and its trail show the change
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(put.getBody()).get("timerDiperbarui").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(due(tenggat, "Timer_Tenggat")).isEqualTo(at(2026, 11, 20));
    assertThat(due(sla, "Timer_BatasWaktuHabis")).isEqualTo(at(2026, 11, 24));
    JsonNode tahun = get("operator-cimahi", "/api/kalender/hari-libur?tahun=2026");
    assertThat(tahun.get("hariLibur").findValuesAsText("tanggal")).contains("2026-11-18");
    assertThat(tahun.get("koreksi").get(0).get("diubahOleh").asText()).isEqualTo("admin");
    JsonNode jejak = get("admin", "/api/kalender/hari-libur/jejak?tahun=2026").get(0);
    assertThat(jejak.get("pelaku").asText()).isEqualTo("admin");
    assertThat(jejak.get("sebelum").asText()).isEqualTo("bukan hari libur");
    assertThat(jejak.get("sesudah").asText()).contains("Hari libur pemilihan (uji)");

    // when the correction is withdrawn
    ResponseEntity<String> delete = admin(HttpMethod.DELETE, "/api/kalender/hari-libur/2026-11-18/koreksi?alasan=Batal", null);

    // then the deadlines are back
    assertThat(delete.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(due(tenggat, "Timer_Tenggat")).isEqualTo(at(2026, 11, 19));
    assertThat(due(sla, "Timer_BatasWaktuHabis")).isEqualTo(at(2026, 11, 23));
  }

  @Test
  void adminMovesTheIdulFitri2027CutiBersamaAndTheCountFollows() throws Exception {
    // given the estimated cuti bersama Friday 12 March 2027; from Friday 5 March 5 working days end on 19 March
    assertThat(kalender.plusWorkingDays(LocalDate.of(2027, 3, 5), 5)).isEqualTo(LocalDate.of(2027, 3, 19));

    // when the admin moves it to Monday 15 March
    ResponseEntity<String> moved = admin(HttpMethod.POST, "/api/kalender/hari-libur/pemindahan",
        Map.of("dari", "2027-03-12", "ke", "2027-03-15", "alasan", "SKB 2027 (uji)"));

    // then 12 March counts, 15 March does not
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(kalender.plusWorkingDays(LocalDate.of(2027, 3, 5), 5)).isEqualTo(LocalDate.of(2027, 3, 19));
    assertThat(kalender.plusWorkingDays(LocalDate.of(2027, 3, 5), 1)).isEqualTo(LocalDate.of(2027, 3, 12));
    JsonNode hari = get("admin", "/api/kalender/hari-libur?tahun=2027").get("hariLibur");
    assertThat(hari.findValuesAsText("tanggal")).contains("2027-03-15").doesNotContain("2027-03-12");
    JsonNode pindahan = find(hari, "2027-03-15");
    assertThat(pindahan.get("nama").asText()).isEqualTo("Cuti bersama Idul Fitri 1448 H");
    assertThat(pindahan.get("jenis").asText()).isEqualTo("CUTI_BERSAMA");
    assertThat(pindahan.get("sumber").asText()).isEqualTo("KOREKSI_ADMIN");
  }

  @Test
  void onlyAnAdminMayChangeTheCalendar() {
    ResponseEntity<String> response = rest.withBasicAuth("operator-cimahi", "demo").exchange("/api/kalender/hari-libur/2026-12-28",
        HttpMethod.PUT, new HttpEntity<>(Map.of("libur", true, "nama", "x", "jenis", "CUTI_BERSAMA", "alasan", "x")), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("BUKAN_ADMIN");
    assertThat(kalender.isWorkingDay(LocalDate.of(2026, 12, 28))).isTrue();
  }

  @Test
  void invalidCorrectionsAreRefusedByFieldWithStableCodes() throws Exception {
    // a holiday without name, with an unknown kind, without a reason
    JsonNode incomplete = JSON.readTree(admin(HttpMethod.PUT, "/api/kalender/hari-libur/2027-04-01",
        Map.of("libur", true, "jenis", "LIBUR_DAERAH")).getBody());
    assertThat(codes(incomplete)).containsExactlyInAnyOrder("nama:NAMA_WAJIB", "jenis:JENIS_TIDAK_VALID", "alasan:ALASAN_WAJIB");

    // a date past the last year of data (year end 2027/2028), and one already past
    JsonNode tanpaData = JSON.readTree(admin(HttpMethod.PUT, "/api/kalender/hari-libur/2028-01-03",
        Map.of("libur", false, "alasan", "uji")).getBody());
    assertThat(codes(tanpaData)).containsExactly("tanggal:TAHUN_TANPA_DATA");
    assertThat(tanpaData.get("errors").get(0).get("message").asText()).contains("hari-libur-2028.json");
    JsonNode lewat = JSON.readTree(admin(HttpMethod.PUT, "/api/kalender/hari-libur/2026-11-13",
        Map.of("libur", false, "alasan", "uji")).getBody());
    assertThat(codes(lewat)).containsExactly("tanggal:TANGGAL_SUDAH_LEWAT");

    // moving a day that is no holiday onto one that is
    JsonNode pindah = JSON.readTree(admin(HttpMethod.POST, "/api/kalender/hari-libur/pemindahan",
        Map.of("dari", "2027-03-16", "ke", "2027-03-09", "alasan", "uji")).getBody());
    assertThat(codes(pindah)).containsExactlyInAnyOrder("dari:BUKAN_HARI_LIBUR", "ke:SUDAH_HARI_LIBUR");
    assertThat(jdbc.queryForObject("select count(*) from hari_libur_ubahan", Integer.class)).isZero();
  }

  private static List<String> codes(JsonNode problem) {
    return java.util.stream.StreamSupport.stream(problem.get("errors").spliterator(), false)
        .map(e -> e.get("field").asText() + ":" + e.get("code").asText()).toList();
  }

  private static JsonNode find(JsonNode list, String tanggal) {
    for (JsonNode node : list) {
      if (node.get("tanggal").asText().equals(tanggal)) {
        return node;
      }
    }
    throw new AssertionError("no " + tanggal + " in " + list);
  }

  /** The day a timer is due (the suite clock runs on from 09:00, so the time of day is not fixed). */
  private LocalDate due(String instance, String activity) {
    Date due = managementService.createJobQuery().processInstanceId(instance).activityId(activity).singleResult().getDuedate();
    return due.toInstant().atZone(WIB).toLocalDate();
  }

  private static LocalDate at(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private ResponseEntity<String> admin(HttpMethod method, String url, Object body) {
    return rest.withBasicAuth("admin", "demo").exchange(url, method, body == null ? null : new HttpEntity<>(body), String.class);
  }

  private JsonNode get(String user, String url) throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }
}
