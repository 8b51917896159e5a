package id.meritflow.pelaksana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.support.MeritFlowIntegrationTest;
import id.meritflow.support.SuiteClock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Recording absences: who may, and every rule refused with its field and code. */
@MeritFlowIntegrationTest
class KetidakhadiranApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;

  @Test
  void actingOfficialFromAnotherAgencyIsRefused() throws Exception {
    // sekda-cimahi is Cimahi's only; BKN's verifier belongs to every agency
    assertRefused(record("verifikator-bkn", "verifikator-bkn", "sekda-cimahi", day(1), day(2)),
        "pelaksana", "PELAKSANA_BEDA_INSTANSI");
  }

  @Test
  void officialCannotActForThemselvesNorNameAPlainEmployee() throws Exception {
    assertRefused(record("ppk-cimahi", "ppk-cimahi", "ppk-cimahi", day(1), day(2)), "pelaksana",
        "PELAKSANA_SAMA_DENGAN_PEJABAT");
    assertRefused(record("ppk-cimahi", "ppk-cimahi", "pegawai-dewi", day(1), day(2)), "pelaksana", "PELAKSANA_BUKAN_STAF");
  }

  @Test
  void datesMustBeTodayOrLaterInOrderAndAtMostThreeMonths() throws Exception {
    assertRefused(record("ppk-cimahi", "ppk-cimahi", "sekda-cimahi", day(-1), day(2)), "mulai", "TANGGAL_LAMPAU");
    assertRefused(record("ppk-cimahi", "ppk-cimahi", "sekda-cimahi", day(3), day(2)), "selesai", "SELESAI_SEBELUM_MULAI");
    assertRefused(record("ppk-cimahi", "ppk-cimahi", "sekda-cimahi", day(1), day(1).plusMonths(3)), "selesai",
        "TERLALU_LAMA");
  }

  @Test
  void overlappingAbsenceOfTheSameOfficialIsRefusedAndNothingIsWritten() throws Exception {
    ResponseEntity<String> first = record("operator-cimahi", "atasan-cimahi", "sekda-cimahi", day(10), day(12));
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
    String id = JSON.readTree(first.getBody()).get("id").asText();
    try {
      assertRefused(record("atasan-cimahi", "atasan-cimahi", "sekda-cimahi", day(12), day(14)), "mulai",
          "KETIDAKHADIRAN_BERTUMPUK");
      // the acting official is not themselves away then
      assertRefused(record("sekda-cimahi", "sekda-cimahi", "atasan-cimahi", day(11), day(11)), "pejabat",
          "PEJABAT_SEDANG_MENJADI_PELAKSANA");
      JsonNode mine = JSON.readTree(rest.withBasicAuth("atasan-cimahi", "demo")
          .getForEntity("/api/ketidakhadiran", String.class).getBody());
      assertThat(mine.findValuesAsText("id")).containsExactly(id);
      assertThat(mine.get(0).get("namaPelaksana").asText()).isEqualTo("Sekretaris Daerah Kota Cimahi");
    } finally {
      post("operator-cimahi", "/api/ketidakhadiran/" + id + "/akhiri", "");
    }
  }

  @Test
  void theOfficialTheirAgencysOperatorAndTheAdminMayRecordButNotAnotherAgencysOperatorNorAColleague() throws Exception {
    assertThat(record("operator-jabar", "ppk-cimahi", "sekda-cimahi", day(20), day(21)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> colleague = record("atasan-cimahi", "ppk-cimahi", "sekda-cimahi", day(20), day(21));
    assertThat(colleague.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(JSON.readTree(colleague.getBody()).get("code").asText()).isEqualTo("TIDAK_BERWENANG_MENCATAT");
    // an operator of Cimahi only cannot manage BKN's verifier, who works for every agency
    assertThat(record("operator-cimahi", "verifikator-bkn", "analis-bkn", day(20), day(21)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    for (String who : new String[] {"ppk-cimahi", "operator-cimahi", "admin"}) {
      ResponseEntity<String> ok = record(who, "ppk-cimahi", "sekda-cimahi", day(20), day(21));
      assertThat(ok.getStatusCode()).as(who + ": " + ok.getBody()).isEqualTo(HttpStatus.CREATED);
      String id = JSON.readTree(ok.getBody()).get("id").asText();
      // the acting official cannot end it; the one who may record may
      assertThat(post("sekda-cimahi", "/api/ketidakhadiran/" + id + "/akhiri", "").getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(post(who, "/api/ketidakhadiran/" + id + "/akhiri", "").getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(post(who, "/api/ketidakhadiran/" + id + "/akhiri", "").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }
  }

  @Test
  void eligibleActingOfficialsAreListedWithTheirNames() throws Exception {
    JsonNode calon = JSON.readTree(rest.withBasicAuth("verifikator-bkn", "demo")
        .getForEntity("/api/ketidakhadiran/calon-pelaksana", String.class).getBody());
    assertThat(calon.findValuesAsText("id")).contains("analis-bkn", "kanreg-bkn", "setneg")
        .doesNotContain("verifikator-bkn", "sekda-cimahi", "pegawai-dewi", "operator-cimahi", "admin");
    assertThat(calon.findValuesAsText("nama")).contains("Analis SDM Aparatur BKN");
  }

  private void assertRefused(ResponseEntity<String> response, String field, String code) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = JSON.readTree(response.getBody()).get("errors");
    assertThat(errors).anySatisfy(e -> {
      assertThat(e.get("field").asText()).isEqualTo(field);
      assertThat(e.get("code").asText()).isEqualTo(code);
      assertThat(e.get("message").asText()).isNotBlank();
    });
  }

  private ResponseEntity<String> record(String as, String pejabat, String pelaksana, LocalDate mulai, LocalDate selesai) {
    return post(as, "/api/ketidakhadiran", """
        {"pejabat":"%s","pelaksana":"%s","jenis":"PLH","mulai":"%s","selesai":"%s","alasan":"Dinas luar"}"""
        .formatted(pejabat, pelaksana, mulai, selesai));
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private static LocalDate day(int fromToday) {
    return SuiteClock.hariIni().plusDays(fromToday);
  }
}
