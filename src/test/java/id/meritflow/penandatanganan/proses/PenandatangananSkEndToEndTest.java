package id.meritflow.penandatanganan.proses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.demo.DemoPegawai;
import id.meritflow.penandatanganan.PenandatangananService;
import id.meritflow.penandatanganan.VerifikasiSkService;
import id.meritflow.penandatanganan.dokumen.Pdfsig;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import id.meritflow.support.EngineAwait;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/** The signing sub-process in the running application: DELEGASI with no human, LANGSUNG by the right PPK. */
@MeritFlowIntegrationTest
class PenandatangananSkEndToEndTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired PenandatangananService penandatanganan;
  @Autowired VerifikasiSkService verifikasi;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  @Test
  void eselonIIIPromotionIsSignedByDelegationAndAnIndependentVerifierAcceptsIt(@TempDir Path dir) throws Exception {
    // given Budi Santoso, administrator (eselon III.b) of Kota Cimahi, promoted to IV/b
    String kasus = start(DemoPegawai.BUDI_NIP, "KENAIKAN_PANGKAT", Map.of("golonganBaru", "IV/b"));

    // then no person is asked: the case ends with a signed SK
    EngineAwait.ended(runtimeService, kasus);
    assertThat(taskService.createTaskQuery().processInstanceId(kasus).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(kasus).singleResult()
        .getEndActivityId()).isEqualTo("End_SkTerbitDelegasi");
    String nomor = variable(kasus, "nomorSk");
    byte[] pdf = penandatanganan.pdf(nomor).orElseThrow();
    assertThat(penandatanganan.findByNomor(nomor).orElseThrow().penandatanganPeran()).isEqualTo("kepala-bkpsdm");

    // and poppler's pdfsig accepts the signature, while one changed byte breaks it
    Pdfsig.assumeInstalled();
    Path signed = Files.write(dir.resolve("sk.pdf"), pdf);
    assertThat(Pdfsig.run(signed)).contains("Signature is Valid").contains("kepala-bkpsdm cimahi");
    assertThat(verifikasi.periksa(pdf).sah()).isTrue();
    byte[] changed = pdf.clone();
    int inside = 200; // in the first signed range: PDFBox appends the signature at the end
    changed[inside] = (byte) (changed[inside] ^ 0x01);
    Path tampered = Files.write(dir.resolve("sk-diubah.pdf"), changed);
    assertThat(Pdfsig.run(tampered)).doesNotContain("Signature is Valid");
    assertThat(verifikasi.periksa(changed).sah()).isFalse();
  }

  @Test
  void jptMadyaDisciplineWaitsForItsOwnAgencysPpkAndOnlyThatSignerCanAct() throws Exception {
    // given the JPT madya (Sekretaris Daerah) of Provinsi Jawa Barat and a decided penalty
    String nip = jdbc.queryForObject("""
        select p.nip from pegawai p join jabatan j on j.id = p.jabatan_id
        where j.instansi_id = 'jabar' and j.jenis = 'JPT_MADYA' order by p.nip fetch first 1 rows only""", String.class);
    String kasus = start(nip, "DISIPLIN", Map.of("tingkatHukuman", "SEDANG", "hukuman",
        "Pemotongan tunjangan kinerja 25% selama 6 bulan", "pelanggaran", "Tidak masuk kerja tanpa alasan sah"));

    // then it waits for a person: a PPK of Jawa Barat
    String task = awaitTask(kasus);
    assertThat(taskService.getIdentityLinksForTask(task)).anyMatch(link -> "ppk".equals(link.getGroupId()));
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getTenantId()).isEqualTo("jabar");

    // and Cimahi's PPK can neither see nor complete it
    assertThat(rest.withBasicAuth("ppk-cimahi", "demo").getForObject("/engine-rest/task?processInstanceId=" + kasus,
        String.class)).isEqualTo("[]");
    // (the engine's tenant refusal, which Camunda answers 500, is answered 403: platform/enginerest)
    var foreign = post("ppk-cimahi", "/engine-rest/task/" + task + "/complete", sign());
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(foreign.getBody()).contains("AuthorizationException");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    assertThat(post("operator-jabar", "/engine-rest/task/" + task + "/complete", sign()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // when Jawa Barat's PPK claims and signs it in Tasklist's API
    assertThat(post("ppk-jabar", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"ppk-jabar\"}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post("ppk-jabar", "/engine-rest/task/" + task + "/complete", sign()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // then the SK is signed directly with that PPK's name and role
    EngineAwait.ended(runtimeService, kasus);
    var sk = penandatanganan.findByNomor(variable(kasus, "nomorSk")).orElseThrow();
    assertThat(sk.mode().name()).isEqualTo("LANGSUNG");
    assertThat(sk.penandatanganPeran()).isEqualTo("ppk");
    assertThat(sk.penandatangan()).isEqualTo("Gubernur Jawa Barat");
    assertThat(sk.instansiId()).isEqualTo("jabar");
  }

  private static String sign() {
    return "{\"variables\":{\"keputusanPenandatangan\":{\"value\":\"TANDATANGANI\",\"type\":\"String\"}}}";
  }

  private String start(String nip, String jenis, Map<String, Object> rincian) {
    var variables = new java.util.HashMap<String, Object>(rincian);
    variables.put("nip", nip);
    variables.put("jenisKeputusan", jenis);
    variables.put("tmt", "2026-12-01");
    return runtimeService.startProcessInstanceByKey("penandatanganan-sk", "SK-UJI-" + UUID.randomUUID(), variables)
        .getId();
  }

  private String variable(String processInstanceId, String name) {
    return (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).singleResult().getValue();
  }

  private org.springframework.http.ResponseEntity<String> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private String awaitTask(String processInstanceId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      var task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
      if (task != null) {
        return task.getId();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no signing task after 30 s");
  }

}
