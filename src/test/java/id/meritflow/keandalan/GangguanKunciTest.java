package id.meritflow.keandalan;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.demo.DemoPegawai;
import id.meritflow.support.EngineAwait;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The signing keystore unreadable while an SK is due: the signing job fails, is retried, and ends
 * in an incident that Cockpit shows (engine REST {@code /incident}); no SK number is used. Once the
 * keystore is back and a person retries the job, the SK is issued exactly once.
 */
@MeritFlowIntegrationTest
class GangguanKunciTest {

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;
  @Autowired Environment environment;
  @Autowired id.meritflow.penandatanganan.kunci.DemoCertificateAuthority demoCa;

  @Test
  void anUnreadableKeystoreEndsInAnIncidentAndTheSkIsIssuedOnceAfterTheKeyIsBackAndTheJobRetried() throws Exception {
    // given the keystore of Cimahi's head of BKPSDM, who signs Budi's promotion by delegation
    Path file = Path.of(environment.getProperty("meritflow.sk.demo.keys-dir", "./data/demo-keys"))
        .resolve("cimahi__kepala-bkpsdm.p12");
    // (the demo issues its keys in the background after start-up: make sure this one is there)
    demoCa.forRole("cimahi", "kepala-bkpsdm");
    assertThat(file).as("demo keystore").exists();
    byte[] asli = Files.readAllBytes(file);
    long skSebelum = skBudi();
    String kasus;
    String job;
    try {
      // when it cannot be read while the SK is due
      Files.write(file, "bukan keystore".getBytes(StandardCharsets.UTF_8));
      kasus = runtimeService.startProcessInstanceByKey("penandatanganan-sk", "SK-GANGGUAN-" + UUID.randomUUID(),
          Map.of("nip", DemoPegawai.BUDI_NIP, "jenisKeputusan", "KENAIKAN_PANGKAT", "tmt", "2026-12-01",
              "golonganBaru", "IV/b")).getId();

      // then the signing job is retried until an incident asks a person to act; no SK, no number used
      awaitIncident(kasus);
      var incident = runtimeService.createIncidentQuery().processInstanceId(kasus).singleResult();
      assertThat(incident.getIncidentMessage()).contains("tidak dapat dibuat atau dibaca");
      job = incident.getConfiguration();
      assertThat(managementService.createJobQuery().jobId(job).singleResult().getRetries()).isZero();
      assertThat(rest.withBasicAuth("admin", "demo").getForObject("/engine-rest/incident?processInstanceId=" + kasus,
          String.class)).contains(incident.getId()).contains("failedJob");
      assertThat(skBudi()).isEqualTo(skSebelum);
      assertThat(runtimeService.getVariable(kasus, "nomorSk")).isNull();
    } finally {
      Files.write(file, asli);
    }

    // when the keystore is back and the job is retried (Cockpit: "Retry")
    managementService.setJobRetries(job, 1);

    // then the SK is issued, once, and the incident is resolved
    EngineAwait.ended(runtimeService, kasus);
    assertThat(skBudi()).isEqualTo(skSebelum + 1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(kasus).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(kasus).variableName("nomorSk")
        .singleResult().getValue()).isNotNull();
    jdbc.update("delete from notifikasi where kasus_id = ?", kasus); // not mailed later, into another test
  }

  private long skBudi() {
    return jdbc.queryForObject("select count(*) from surat_keputusan where nip = ?", Long.class, DemoPegawai.BUDI_NIP);
  }

  private void awaitIncident(String kasus) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      if (runtimeService.createIncidentQuery().processInstanceId(kasus).count() > 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no incident for " + kasus);
  }
}
