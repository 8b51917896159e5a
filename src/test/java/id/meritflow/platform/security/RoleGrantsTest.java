package id.meritflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.MeritFlowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** What each role may do through the engine REST API. */
@MeritFlowIntegrationTest
class RoleGrantsTest {

  private static final String MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://meritflow.id/test">
        <bpmn:process id="uji-deploy-%s" isExecutable="true" camunda:historyTimeToLive="30">
          <bpmn:startEvent id="mulai" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  @Autowired TestRestTemplate rest;

  @Test
  void processDesignerDeploysFromModelerThroughTheRestApi() {
    assertThat(deployAs("perancang").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void operatorMayNotDeploy() {
    assertThat(deployAs("operator-cimahi").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void supervisorReadsDefinitionsButMayNotDeploy() {
    assertThat(rest.withBasicAuth("supervisor", "demo").getForEntity("/engine-rest/process-definition", String.class)
        .getBody()).contains("pemutakhiran-pendidikan");
    assertThat(deployAs("supervisor").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private org.springframework.http.ResponseEntity<String> deployAs(String user) {
    String key = user.replaceAll("[^a-z]", "");
    var file = new ByteArrayResource(MODEL.formatted(key).getBytes()) {
      @Override
      public String getFilename() {
        return "uji-" + key + ".bpmn";
      }
    };
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "uji-" + key);
    body.add("data", file);
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo")
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }
}
