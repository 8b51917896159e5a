package id.meritflow.layanan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** /api/layanan: an employee's own cases, SKs and record; the SKs set in a signing official's name. */
@MeritFlowIntegrationTest
class LayananApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;

  LayananTestData data;

  @BeforeEach
  void setUp() {
    data = new LayananTestData(runtime, history);
  }

  @Test
  void anEmployeeSeesHerOwnCaseSkAndRecordAndGets404ForAnothers() throws Exception {
    // given a proposal and a signed SK about Dewi, and the same about Budi (same agency)
    String kasusDewi = data.pemutakhiran(DemoPegawai.DEWI_NIP);
    String kasusBudi = data.pemutakhiran(DemoPegawai.BUDI_NIP);
    String skDewi = data.skDelegasi(DemoPegawai.DEWI_NIP, "III/d");
    String skBudi = data.skDelegasi(DemoPegawai.BUDI_NIP, "IV/b");

    // when Dewi opens her portal
    JsonNode usulan = json(get("pegawai-dewi", "/api/layanan/usulan"));
    JsonNode sk = json(get("pegawai-dewi", "/api/layanan/sk"));
    JsonNode saya = json(get("pegawai-dewi", "/api/layanan/data-saya"));

    // then she sees her case at the verifier's step with its due date, her SK, her record
    JsonNode kasus = find(usulan, "nomor", kasusDewi);
    assertThat(kasus).as("her case").isNotNull();
    assertThat(kasus.path("jenis").asText()).isEqualTo("Pemutakhiran Data Pendidikan");
    assertThat(kasus.path("langkah").get(0).path("nama").asText()).startsWith("Verifikasi usulan pemutakhiran");
    assertThat(kasus.path("batasWaktu").isNull()).as("SLA due date").isFalse();
    assertThat(find(usulan, "nomor", kasusBudi)).as("Budi's case").isNull();
    assertThat(find(sk, "nomor", skDewi)).as("her SK").isNotNull();
    assertThat(find(sk, "nomor", skDewi).path("jenis").asText()).isEqualTo("Kenaikan pangkat");
    assertThat(find(sk, "nomor", skBudi)).as("Budi's SK").isNull();
    assertThat(saya.path("nip").asText()).isEqualTo(DemoPegawai.DEWI_NIP);
    assertThat(saya.path("nama").asText()).isEqualTo("Dewi Lestari");
    assertThat(saya.path("instansi").asText()).doesNotContain("cimahi").isNotBlank();
    assertThat(saya.path("riwayatPangkat").size()).isPositive();

    // and downloads her SK's PDF, while Budi's case, SK and record answer 404
    ResponseEntity<byte[]> pdf = rest.withBasicAuth("pegawai-dewi", "demo")
        .getForEntity(java.net.URI.create(rest.getRootUri() + pdfUrl(skDewi)), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getBody()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    assertThat(get("pegawai-dewi", pdfUrl(skBudi)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("pegawai-dewi", "/api/layanan/usulan/" + kasusBudi).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("pegawai-dewi", "/api/layanan/usulan/" + kasusDewi).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("pegawai-dewi", "/api/pegawai/" + DemoPegawai.BUDI_NIP).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void staffAndOfficialsHaveNoEmployeePortalAndEmployeesNoSignerList() {
    assertThat(get("operator-cimahi", "/api/layanan/usulan").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("ppk-cimahi", "/api/layanan/sk").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("pegawai-dewi", "/api/layanan/sk-atas-nama-saya").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("operator-cimahi", "/api/layanan/sk-atas-nama-saya").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/layanan/usulan", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theTokenEndpointTellsOnlyTheCallersOwnSessionToken() throws Exception {
    // without a webapps session there is no token to tell
    ResponseEntity<String> answer = rest.getForEntity("/layanan/token", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json(answer).path("token").isTextual()).as(answer.getBody()).isFalse();
    assertThat(answer.getHeaders().getCacheControl()).contains("no-store");
  }

  @Test
  void anEmployeeProposesHerOwnEducationUpdateInHerAgency() throws Exception {
    // when Sari sends an incomplete request, then a complete one
    ResponseEntity<String> salah = post("pegawai-sari", "/api/layanan/pemutakhiran-pendidikan", """
        {"pendidikanBaru": "S9", "bidangPendidikan": "", "perguruanTinggi": "Universitas Padjadjaran",
         "nomorIjazah": "UNPAD/2026/1", "tanggalIjazah": "28-08-2026"}""");
    ResponseEntity<String> benar = post("pegawai-sari", "/api/layanan/pemutakhiran-pendidikan", """
        {"pendidikanBaru": "S2", "bidangPendidikan": "Psikologi", "perguruanTinggi": "Universitas Padjadjaran",
         "nomorIjazah": "UNPAD/2026/1", "tanggalIjazah": "2026-08-28", "alasan": "Lulus tugas belajar"}""");

    // then the first is refused field by field, in Indonesian, with stable codes
    assertThat(salah.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(salah.getHeaders().getContentType().toString()).contains("problem+json");
    JsonNode errors = json(salah).path("errors");
    assertThat(find(errors, "field", "pendidikanBaru").path("code").asText()).isEqualTo("PENDIDIKAN_TIDAK_VALID");
    assertThat(find(errors, "field", "bidangPendidikan").path("code").asText()).isEqualTo("WAJIB_DIISI");
    assertThat(find(errors, "field", "tanggalIjazah").path("code").asText()).isEqualTo("TANGGAL_TIDAK_VALID");

    // and the second starts her case in her own agency, proposed by her, waiting for BKN's verifier
    assertThat(benar.getStatusCode()).as(benar.getBody()).isEqualTo(HttpStatus.CREATED);
    String nomor = json(benar).path("nomor").asText();
    var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomor).singleResult();
    assertThat(instance.getTenantId()).isEqualTo("jabar");
    assertThat(runtime.getVariable(instance.getId(), "nip")).isEqualTo(DemoPegawai.SARI_NIP);
    assertThat(runtime.getVariable(instance.getId(), "pengusul")).isEqualTo("pegawai-sari");
    assertThat(find(json(get("pegawai-sari", "/api/layanan/usulan")), "nomor", nomor)).isNotNull();
    // without the webapps' CSRF token a session write would be refused; HTTP Basic needs none
  }

  @Test
  void aPpkSeesTheSksSetInItsNameInItsAgencyOnlyAndWhatWaitsForIt() throws Exception {
    // given a delegated SK in Cimahi, one in Jawa Barat, and a Cimahi SK the PPK must sign himself
    String cimahi = data.skDelegasi(DemoPegawai.DEWI_NIP, "III/d");
    String jabar = data.skDelegasi(DemoPegawai.SARI_NIP, "III/c");
    String menunggu = data.skLangsungMenunggu(DemoPegawai.BUDI_NIP);
    String tugas = id.meritflow.support.EngineAwait.task(tasks, menunggu, SkAtasNamaSayaService.TUGAS_TANDA_TANGAN);

    // when each PPK opens "SK atas nama saya"
    JsonNode ppkCimahi = json(get("ppk-cimahi", "/api/layanan/sk-atas-nama-saya"));
    JsonNode ppkJabar = json(get("ppk-jabar", "/api/layanan/sk-atas-nama-saya"));

    // then each sees its own agency's SK, signed by delegation, and not the other's
    JsonNode sk = find(ppkCimahi.path("sk"), "nomor", cimahi);
    assertThat(sk).as("Cimahi's delegated SK").isNotNull();
    assertThat(sk.path("penandatanganan").asText()).isEqualTo("Delegasi (a.n.)");
    assertThat(sk.path("namaPegawai").asText()).isEqualTo("Dewi Lestari");
    assertThat(sk.path("unduh").asText()).startsWith("/api/sk/pdf?nomor=");
    assertThat(find(ppkCimahi.path("sk"), "nomor", jabar)).as("Jawa Barat's SK").isNull();
    assertThat(find(ppkJabar.path("sk"), "nomor", jabar)).isNotNull();
    assertThat(find(ppkJabar.path("sk"), "nomor", cimahi)).isNull();

    // and the LANGSUNG SK waiting for Cimahi's PPK links to its Tasklist task, for Cimahi only
    JsonNode waiting = find(ppkCimahi.path("menunggu"), "tautan", "/camunda/app/tasklist/default/#/?task=" + tugas);
    assertThat(waiting).as("the signing task").isNotNull();
    assertThat(waiting.path("jenis").asText()).isEqualTo("Hukuman disiplin");
    assertThat(find(ppkJabar.path("menunggu"), "tautan", "/camunda/app/tasklist/default/#/?task=" + tugas)).isNull();
  }

  private static String pdfUrl(String nomor) {
    return "/api/sk/pdf?nomor=" + URLEncoder.encode(nomor, StandardCharsets.UTF_8);
  }

  private ResponseEntity<String> get(String user, String path) {
    // the SK number is already encoded: send the URI as it is
    return rest.withBasicAuth(user, "demo").getForEntity(java.net.URI.create(rest.getRootUri() + path), String.class);
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private static JsonNode json(ResponseEntity<String> answer) throws Exception {
    assertThat(answer.getStatusCode().is2xxSuccessful() || answer.getStatusCode().is4xxClientError())
        .as(answer.getBody()).isTrue();
    return JSON.readTree(answer.getBody());
  }

  private static JsonNode find(JsonNode rows, String field, String value) {
    for (JsonNode r : rows) {
      if (value.equals(r.path(field).asText())) {
        return r;
      }
    }
    return null;
  }
}
