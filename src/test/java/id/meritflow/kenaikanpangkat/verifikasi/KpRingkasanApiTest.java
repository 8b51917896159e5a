package id.meritflow.kenaikanpangkat.verifikasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.meritflow.kenaikanpangkat.KpTestSupport;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The verifier's summary of a promotion waiting for verification: the employee and the proposal in
 * words, the rules needing verification first; another agency's operator gets nothing.
 */
@MeritFlowIntegrationTest
class KpRingkasanApiTest {

  private static final YearMonth PERIODE = KpTestSupport.periodeTerbuka(1);

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;

  private String nip;
  private String taskId;

  /** given a Cimahi employee's prestasi luar biasa proposal that waits for BKN's verifier */
  @BeforeEach
  void aProposalWaitingForVerification() throws Exception {
    KpTestSupport kp = new KpTestSupport(rest, jdbc, management);
    var calon = kp.cari("cimahi", "PRESTASI_LUAR_BIASA", PERIODE,
        h -> h.kesimpulan().equals("PERLU_VERIFIKASI") && !h.keppres()).orElseThrow();
    nip = calon.nip();
    var r = kp.submit("operator-cimahi", "kp-ringkasan-" + UUID.randomUUID(),
        "[" + KpTestSupport.row(nip, "PRESTASI_LUAR_BIASA", PERIODE) + "]", MediaType.APPLICATION_JSON);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    kp.awaitBatchSettled("operator-cimahi", KpTestSupport.JSON.readTree(r.getBody()).get("id").asText(), 60);
    String kasus = kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/KP-" + PERIODE + "-" + nip)
        .get("processInstanceId").asText();
    taskId = EngineAwait.task(tasks, kasus, "Task_Verifikasi");
  }

  @Test
  void verifierReadsTheEmployeeTheProposalAndTheRulesNeedingVerificationFirstInWords() throws Exception {
    // when BKN's verifier reads the task's summary
    JsonNode s = get("verifikator-bkn");

    // then the employee is named with rank, position, unit and agency in words
    var pegawai = jdbc.queryForMap("""
        select p.nama, u.nama unit, i.nama instansi from pegawai p join unit_kerja u on u.id = p.unit_kerja_id
          join instansi i on i.id = p.instansi_id where p.nip = ?""", nip);
    assertThat(s.at("/nomorUsulan").asText()).isEqualTo("KP-" + PERIODE + "-" + nip);
    assertThat(s.at("/pegawai/nama").asText()).isEqualTo(pegawai.get("NAMA"));
    assertThat(s.at("/pegawai/nip").asText()).isEqualTo(nip);
    assertThat(s.at("/pegawai/pangkatGolongan").asText()).matches("[A-Z][a-zA-Z ]+ \\([IV]+/[a-e]\\)");
    assertThat(s.at("/pegawai/jabatan").asText()).isNotBlank();
    assertThat(s.at("/pegawai/unitKerja").asText()).isEqualTo(pegawai.get("UNIT"));
    assertThat(s.at("/pegawai/instansi").asText()).isEqualTo(pegawai.get("INSTANSI"));

    // and the proposal in words: kind, period, target rank, TMT, years in rank
    String[] bulan = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
        "Oktober", "November", "Desember"};
    String namaBulan = bulan[PERIODE.getMonthValue() - 1];
    assertThat(s.at("/usulan/jenis").asText()).isEqualTo("Prestasi luar biasa");
    assertThat(s.at("/usulan/periode").asText()).isEqualTo(namaBulan + " " + PERIODE.getYear());
    assertThat(s.at("/usulan/tmt").asText()).isEqualTo("1 " + namaBulan + " " + PERIODE.getYear());
    assertThat(s.at("/usulan/golonganTujuan").asText()).matches("[A-Z][a-zA-Z ]+ \\([IV]+/[a-e]\\)");
    assertThat(s.at("/usulan/masaDalamPangkat").asText()).matches("\\d+ tahun \\d+ bulan");
    assertThat(s.at("/kesimpulan").asText()).isEqualTo("Dokumen perlu diverifikasi sebelum pertek diterbitkan");

    // and the rules that need verification come first, each as status in words, title, code and sentence
    JsonNode aturan = s.get("aturan");
    assertThat(aturan.size()).isGreaterThanOrEqualTo(8);
    assertThat(aturan.get(0).get("status").asText()).isEqualTo("Perlu verifikasi");
    assertThat(aturan.get(0).get("kode").asText()).isEqualTo("KP-KINERJA");
    assertThat(aturan.get(0).get("judul").asText()).isEqualTo("Predikat kinerja");
    assertThat(aturan.get(0).get("perhatian").asBoolean()).isTrue();
    assertThat(aturan.get(aturan.size() - 1).get("status").asText()).isEqualTo("Memenuhi");

    // and no text meant for display holds an enum name, JSON or an ISO date
    assertThat(tampilan(s)).allSatisfy(t -> assertThat(t)
        .doesNotContain("PRESTASI_LUAR_BIASA", "PERLU_VERIFIKASI", "LULUS", "DELEGASI", "KEPPRES", "{", "[")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}"));
  }

  @Test
  void anotherAgencysOperatorDoesNotFindTheTask() {
    // when West Java's operator asks for the Cimahi case's task
    ResponseEntity<String> r = rest.withBasicAuth("operator-jabar", "demo")
        .getForEntity("/api/kenaikan-pangkat/tugas/" + taskId + "/ringkasan", String.class);

    // then it does not exist for them
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(r.getBody()).doesNotContain(nip);
  }

  private JsonNode get(String user) throws Exception {
    ResponseEntity<String> r = rest.withBasicAuth(user, "demo")
        .getForEntity("/api/kenaikan-pangkat/tugas/" + taskId + "/ringkasan", String.class);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    return KpTestSupport.JSON.readTree(r.getBody());
  }

  /** Every text of the answer meant for display: all but the case number and the rule codes. */
  private static List<String> tampilan(JsonNode s) {
    List<String> texts = new ArrayList<>();
    s.get("pegawai").forEach(n -> texts.add(n.asText()));
    s.get("usulan").forEach(n -> texts.add(n.asText()));
    texts.add(s.get("kesimpulan").asText());
    s.get("aturan").forEach(a -> List.of("judul", "status", "pesan").forEach(f -> texts.add(a.get(f).asText())));
    return texts;
  }
}
