package id.meritflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.time.Duration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The demo start gives a new user an SK to find: Dewi's last promotion decree, signed by delegation
 * in the PPK of Cimahi's name, in her portal and in the PPK's list, downloadable by her.
 */
@MeritFlowIntegrationTest
class DemoSkTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired HistoryService history;
  @Autowired TestRestTemplate rest;

  @Test
  void dewiHasASignedSkThatThePpkOfCimahiFindsInHisList() throws Exception {
    String nomorSk = awaitSigned("DEMO-SK-0001");

    JsonNode skDewi = JSON.readTree(rest.withBasicAuth("pegawai-dewi", "demo").getForObject("/api/layanan/sk", String.class));
    JsonNode ppk = JSON.readTree(rest.withBasicAuth("ppk-cimahi", "demo")
        .getForObject("/api/layanan/sk-atas-nama-saya", String.class));

    assertThat(skDewi.findValuesAsText("nomor")).as("SK saya").contains(nomorSk);
    assertThat(ppk.path("sk").findValuesAsText("nomor")).as("SK atas nama saya").contains(nomorSk);
    var pdf = rest.withBasicAuth("pegawai-dewi", "demo").getForEntity("/api/sk/pdf?nomor=" + nomorSk, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
    assertThat(rest.withBasicAuth("pegawai-budi", "demo").getForEntity("/api/sk/pdf?nomor=" + nomorSk, String.class)
        .getStatusCode()).as("another employee").isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String awaitSigned(String businessKey) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      HistoricProcessInstance kasus = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
          .singleResult();
      if (kasus != null && kasus.getEndTime() != null) {
        assertThat(kasus.getEndActivityId()).isEqualTo("End_SkTerbitDelegasi");
        return (String) history.createHistoricVariableInstanceQuery().processInstanceId(kasus.getId())
            .variableName("nomorSk").singleResult().getValue();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the demo SK " + businessKey + " was not signed within 60 s");
  }
}
