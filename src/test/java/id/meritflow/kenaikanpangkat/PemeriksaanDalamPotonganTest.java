package id.meritflow.kenaikanpangkat;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.platform.batch.PersiapanPotongan;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ADR 0022: a period list's rows are screened inside the batch chunk that starts their cases (the
 * chunk's registry data read at once), with the same results, variables, audit entry and
 * activity history as before; a case started by hand, or a row the chunk cannot screen, is
 * screened in a job of its own, so a failure stays that case's retry and incident.
 */
@MeritFlowIntegrationTest
class PemeriksaanDalamPotonganTest {

  private static final YearMonth PERIODE = KpTestSupport.periodeTerbuka(1);
  private static final String MULAI = "StartEvent_UsulanDiajukan";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired KenaikanPangkatBatch batch;
  @Autowired TransactionTemplate transaction;

  private KpTestSupport kp;

  @BeforeEach
  void setUp() {
    kp = new KpTestSupport(rest, jdbc, management);
  }

  @Test
  void aListsRowsAreScreenedInTheirChunkWithoutAJobEachAndKeepEveryRecordOfTheScreening() throws Exception {
    var gagal = kp.cari("cimahi", "REGULER", PERIODE, h -> h.kesimpulan().equals("GAGAL")).orElseThrow();
    var lulus = kp.cari("cimahi", "REGULER", PERIODE, h -> h.kesimpulan().equals("LULUS") && !h.keppres()
        && !h.nip().equals(gagal.nip())).orElseThrow();

    var r = kp.submit("operator-cimahi", "kp-potongan-" + UUID.randomUUID(), "[" + KpTestSupport.row(gagal.nip(),
        "REGULER", PERIODE) + "," + KpTestSupport.row(lulus.nip(), "REGULER", PERIODE) + "]", MediaType.APPLICATION_JSON);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    kp.awaitBatchSettled("operator-cimahi", KpTestSupport.JSON.readTree(r.getBody()).get("id").asText(), 60);

    for (var h : List.of(gagal, lulus)) {
      String bk = "KP-" + PERIODE + "-" + h.nip();
      var usulan = kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/" + bk);
      assertThat(usulan.get("kesimpulan").asText()).isEqualTo(h.kesimpulan());
      String pid = usulan.get("processInstanceId").asText();
      // screened in the chunk: no job waited at the start event, and the screening step is in the history
      assertThat(history.createHistoricJobLogQuery().processInstanceId(pid).activityIdIn(MULAI).count()).isZero();
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pid).activityId("Task_PeriksaSyarat")
          .finished().count()).isEqualTo(1);
      // the same records as a screening job wrote: the variables the portal reads, and the audit entry
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pid)
          .variableName(VariabelKp.KESIMPULAN).singleResult().getValue()).isEqualTo(h.kesimpulan());
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pid)
          .variableName(VariabelKp.HASIL).count()).isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from jejak_audit where kasus_id = ? and jenis = 'PEMERIKSAAN'"
          + " and kode = ?", Integer.class, pid, h.kesimpulan())).isEqualTo(1);
    }
    // the refused case ended in the chunk: its proposer is told the outcome, as by a screening job
    String gagalPid = kp.get("operator-cimahi", "/api/kenaikan-pangkat/usulan/KP-" + PERIODE + "-" + gagal.nip())
        .get("processInstanceId").asText();
    assertThat(jdbc.queryForObject("select count(*) from notifikasi where kasus_id = ? and jenis = 'KASUS_DIPUTUS'"
        + " and penerima = 'operator-cimahi' and kanal = 'KOTAK_MASUK'", Integer.class, gagalPid)).isEqualTo(1);
  }

  @Test
  void onlyRowsTheChunkCanScreenSkipTheirOwnJobAndTheChunksDataIsGoneAfterwards() {
    var dikenal = kp.cari("cimahi", "REGULER", PERIODE, h -> true).orElseThrow();
    var ada = new BarisKenaikanPangkat(dikenal.nip(), "REGULER", PERIODE.toString(), null, null);
    // intake refuses unknown employees; one removed from the registry afterwards reads the same
    var hilang = new BarisKenaikanPangkat("199901012020011999", "REGULER", PERIODE.toString(), null, null);

    transaction.executeWithoutResult(s -> {
      try (PersiapanPotongan<BarisKenaikanPangkat> p = batch.siapkanPotongan(List.of(ada, hilang))) {
        assertThat(p.mulaiSebelum(ada)).contains(KenaikanPangkatBatch.PERIKSA_SYARAT);
        assertThat(p.mulaiSebelum(hilang)).isEmpty();
        assertThat(ProfilPotongan.aktif()).isPresent();
      }
    });
    assertThat(ProfilPotongan.aktif()).isEqualTo(Optional.empty());
  }

  @Test
  void aCaseStartedByHandIsScreenedInAJobOfItsOwnAsBefore() throws Exception {
    var h = kp.cari("cimahi", "REGULER", PERIODE, x -> x.kesimpulan().equals("GAGAL")).orElseThrow();
    String bk = "KP-" + PERIODE + "-" + h.nip();
    String pid = runtime.startProcessInstanceByKey("kenaikan-pangkat", bk, Map.of(VariabelKp.NIP, h.nip(),
        VariabelKp.JENIS, "REGULER", VariabelKp.PERIODE, PERIODE.toString(), "pengusul", "operator-cimahi")).getId();
    kp.awaitIdle(60);

    assertThat(history.createHistoricJobLogQuery().processInstanceId(pid).activityIdIn(MULAI).successLog().count())
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("select kesimpulan from usulan_kp where business_key = ?", String.class, bk))
        .isEqualTo("GAGAL");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pid).finished().count()).isEqualTo(1);
  }
}
