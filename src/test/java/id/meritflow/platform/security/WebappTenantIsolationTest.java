package id.meritflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The webapps (Tasklist's own API, session login) hide other agencies' tasks like the REST API does. */
@MeritFlowIntegrationTest
class WebappTenantIsolationTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void tasklistShowsAnOperatorOnlyTheirAgencysTasks() throws Exception {
    String cimahiTask = returnedProposalTask(DemoPegawai.BUDI_NIP);
    String jabarTask = returnedProposalTask(DemoPegawai.SARI_NIP);

    Session session = login("operator-cimahi");
    ResponseEntity<String> tasks = session.get("/camunda/api/engine/engine/default/task?maxResults=1000");

    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode list = new ObjectMapper().readTree(tasks.getBody());
    List<String> ids = StreamSupport.stream(list.spliterator(), false).map(t -> t.get("id").asText()).toList();
    assertThat(ids).contains(cimahiTask).doesNotContain(jabarTask);
    assertThat(session.get("/camunda/api/engine/engine/default/task/" + jabarTask).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  /** A failed login locks the account briefly, so this uses an account no other test logs in with. */
  @Test
  void tasklistRefusesAWrongPassword() {
    assertThat(loginResponse("ppk-jabar", "salah", new Session()).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String returnedProposalTask(String nip) {
    String id = runtimeService.startProcessInstanceByKey("pemutakhiran-pendidikan", "PP-" + UUID.randomUUID(),
        Map.of("nip", nip, "pendidikanBaru", "S2", "bidangPendidikan", "Manajemen", "perguruanTinggi", "ITB",
            "nomorIjazah", "ITB/1", "tanggalIjazah", "2024-01-10")).getId();
    taskService.complete(taskService.createTaskQuery().processInstanceId(id).singleResult().getId(),
        Map.of("keputusanVerifikasi", "TOLAK"));
    return taskService.createTaskQuery().processInstanceId(id).singleResult().getId();
  }

  private Session login(String user) {
    Session session = new Session();
    ResponseEntity<String> response = loginResponse(user, "demo", session);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return session;
  }

  private ResponseEntity<String> loginResponse(String user, String password, Session session) {
    session.get("/camunda/app/tasklist/default/"); // hands out the session and the CSRF token
    var headers = session.headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    var response = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>("username=" + user + "&password=" + password, headers), String.class);
    session.remember(response);
    return response;
  }

  /** Cookies and the CSRF header a browser would send. */
  private final class Session {
    private final List<String> cookies = new ArrayList<>();

    ResponseEntity<String> get(String path) {
      var response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
      remember(response);
      return response;
    }

    HttpHeaders headers() {
      var headers = new HttpHeaders();
      if (!cookies.isEmpty()) {
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
      }
      cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
          .ifPresent(c -> headers.add("X-XSRF-TOKEN", c.substring("XSRF-TOKEN=".length())));
      return headers;
    }

    void remember(ResponseEntity<?> response) {
      List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
      if (set == null) {
        return;
      }
      for (String header : set) {
        String pair = header.split(";", 2)[0];
        String name = pair.split("=", 2)[0];
        cookies.removeIf(c -> c.startsWith(name + "="));
        cookies.add(pair);
      }
    }
  }
}
