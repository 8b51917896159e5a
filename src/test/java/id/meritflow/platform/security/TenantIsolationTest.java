package id.meritflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
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

/**
 * Each agency sees only its own cases, tasks, variables and employees, through the engine REST
 * API and MeritFlow's API alike; anonymous callers see nothing.
 */
@MeritFlowIntegrationTest
class TenantIsolationTest {

  private static final String PROCESS = "pemutakhiran-pendidikan";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private String cimahiCase;
  private String jabarCase;
  private String cimahiRevisionTask;
  private String jabarRevisionTask;

  /** Given a returned proposal in Cimahi and one in Jawa Barat, both waiting for an operator. */
  @BeforeEach
  void twoAgenciesWithOperatorTasks() {
    cimahiCase = returnedProposal(DemoPegawai.DEWI_NIP);
    jabarCase = returnedProposal(DemoPegawai.SARI_NIP);
    cimahiRevisionTask = taskService.createTaskQuery().processInstanceId(cimahiCase).singleResult().getId();
    jabarRevisionTask = taskService.createTaskQuery().processInstanceId(jabarCase).singleResult().getId();
  }

  @Test
  void anonymousCallersAreRefusedEverywhereButHealth() {
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/deployment",
        "/api/pegawai", "/api/instansi", "/api/openapi")) {
      assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  /**
   * A failed login locks the account for a few seconds (Camunda's login delay), so this uses an
   * account no other test logs in with.
   */
  @Test
  void wrongPasswordIsRefused() {
    assertThat(rest.withBasicAuth("ppk-kemenpanrb", "salah").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("ppk-kemenpanrb", "salah").getForEntity("/api/pegawai", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void operatorSeesOnlyOwnAgencysTasks() {
    List<String> cimahiSees = ids(get("operator-cimahi", "/engine-rest/task?maxResults=1000"));
    List<String> jabarSees = ids(get("operator-jabar", "/engine-rest/task?maxResults=1000"));

    assertThat(cimahiSees).contains(cimahiRevisionTask).doesNotContain(jabarRevisionTask);
    assertThat(jabarSees).contains(jabarRevisionTask).doesNotContain(cimahiRevisionTask);
    assertThat(tenants(get("operator-cimahi", "/engine-rest/task?maxResults=1000"))).containsOnly("cimahi");
    assertThat(status("operator-cimahi", "/engine-rest/task/" + jabarRevisionTask)).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void operatorSeesOnlyOwnAgencysProcessInstancesHistoryAndVariables() {
    JsonNode running = get("operator-cimahi", "/engine-rest/process-instance?maxResults=1000");
    JsonNode history = get("operator-cimahi", "/engine-rest/history/process-instance?maxResults=1000");

    assertThat(ids(running)).contains(cimahiCase).doesNotContain(jabarCase);
    assertThat(tenants(running)).containsOnly("cimahi");
    assertThat(ids(history)).contains(cimahiCase).doesNotContain(jabarCase);
    assertThat(get("operator-cimahi", "/engine-rest/variable-instance?processInstanceIdIn=" + jabarCase)).isEmpty();
    assertThat(get("operator-cimahi", "/engine-rest/variable-instance?processInstanceIdIn=" + cimahiCase)).isNotEmpty();
    assertThat(status("operator-cimahi", "/engine-rest/process-instance/" + jabarCase)).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void operatorCannotStartACaseForAnotherAgencysEmployee() {
    String body = """
        {"variables": {"nip": {"value": "%s", "type": "String"}}}""".formatted(DemoPegawai.SARI_NIP);
    var response = post("operator-cimahi", "/engine-rest/process-definition/key/" + PROCESS + "/start", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("bukan pegawai instansi Anda");
  }

  @Test
  void operatorStartsACaseForOwnEmployeeInOwnTenant() {
    String body = """
        {"businessKey": "PP-%s", "variables": {"nip": {"value": "%s", "type": "String"}}}"""
        .formatted(UUID.randomUUID(), DemoPegawai.DEWI_NIP);
    var response = post("operator-cimahi", "/engine-rest/process-definition/key/" + PROCESS + "/start", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = json(response.getBody()).get("id").asText();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult().getTenantId())
        .isEqualTo("cimahi");
  }

  @Test
  void operatorCannotCompleteAVerifiersTaskOfItsOwnAgency() {
    String verification = startProposal(DemoPegawai.BUDI_NIP);
    String task = taskService.createTaskQuery().processInstanceId(verification).singleResult().getId();

    var response = post("operator-cimahi", "/engine-rest/task/" + task + "/complete", "{}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  @Test
  void verifierOfBknSeesEveryAgencysVerificationTasks() {
    String cimahi = startProposal(DemoPegawai.DEWI_NIP);
    String jabar = startProposal(DemoPegawai.SARI_NIP);

    List<String> seen = StreamSupport.stream(
        get("verifikator-bkn", "/engine-rest/task?maxResults=1000").spliterator(), false)
        .map(t -> t.get("processInstanceId").asText()).toList();

    assertThat(seen).contains(cimahi, jabar);
  }

  @Test
  void operatorSeesOnlyOwnAgencysEmployees() {
    assertThat(status("operator-cimahi", "/api/pegawai/" + DemoPegawai.DEWI_NIP)).isEqualTo(HttpStatus.OK);
    assertThat(status("operator-cimahi", "/api/pegawai/" + DemoPegawai.SARI_NIP)).isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode page = get("operator-cimahi", "/api/pegawai?size=200");
    assertThat(page.get("items")).isNotEmpty();
    page.get("items").forEach(p -> assertThat(p.get("instansiId").asText()).isEqualTo("cimahi"));
    assertThat(status("operator-cimahi", "/api/pegawai?instansiId=jabar")).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void employeeSeesOnlyOwnRecord() {
    assertThat(status("pegawai-dewi", "/api/pegawai/" + DemoPegawai.DEWI_NIP)).isEqualTo(HttpStatus.OK);
    assertThat(status("pegawai-dewi", "/api/pegawai/" + DemoPegawai.BUDI_NIP)).isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode page = get("pegawai-dewi", "/api/pegawai");
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("items").get(0).get("nip").asText()).isEqualTo(DemoPegawai.DEWI_NIP);
  }

  private String startProposal(String nip) {
    return runtimeService.startProcessInstanceByKey(PROCESS, "PP-" + UUID.randomUUID(), Map.of(
        "nip", nip, "pendidikanBaru", "S2", "bidangPendidikan", "Administrasi Publik",
        "perguruanTinggi", "Universitas Padjadjaran", "nomorIjazah", "UNPAD/2024/123",
        "tanggalIjazah", "2024-08-30")).getId();
  }

  private String returnedProposal(String nip) {
    String id = startProposal(nip);
    String task = taskService.createTaskQuery().processInstanceId(id).singleResult().getId();
    taskService.complete(task, Map.of("keputusanVerifikasi", "TOLAK", "catatanVerifikasi", "Ijazah belum dilegalisasi"));
    return id;
  }

  private JsonNode get(String user, String path) {
    ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return json(response.getBody());
  }

  private HttpStatus status(String user, String path) {
    return HttpStatus.valueOf(rest.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode().value());
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private static List<String> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asText()).toList();
  }

  private static List<String> tenants(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("tenantId").asText()).toList();
  }

  private static JsonNode json(String body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException(body, e);
    }
  }
}
