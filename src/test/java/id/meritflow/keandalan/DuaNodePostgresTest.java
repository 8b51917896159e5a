package id.meritflow.keandalan;

import static id.meritflow.keandalan.CrashBatchKpPostgresTest.dimulai;
import static id.meritflow.keandalan.CrashBatchKpPostgresTest.satu;
import static id.meritflow.keandalan.CrashBatchKpPostgresTest.tunggu;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two application JVMs on one PostgreSQL database, both running the engine's job executor. One is
 * killed with SIGKILL while a promotion list is being turned into cases; the other finishes it.
 * Every row is one case and one proposal, and every job (chunk starts, async steps, timers that
 * fell due) completed exactly once according to the engine's job history.
 */
@EnabledIfEnvironmentVariable(named = "MERITFLOW_TEST_POSTGRES_URL", matches = ".+",
    disabledReason = "PostgreSQL tests skipped: set MERITFLOW_TEST_POSTGRES_URL (see README)")
class DuaNodePostgresTest {

  static final int BARIS = 1000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void whenOneOfTwoNodesIsKilledMidBatchTheOtherFinishesAndEveryJobRunsOnce() throws Exception {
    try (AplikasiAnak app = AplikasiAnak.siapkan("duanode", BARIS + 200)) {
      // given two nodes on one database and a list of 1,000 employees for an open period
      int satu = app.mulai();
      int dua = app.mulai();
      YearMonth periode = CrashBatchKpPostgresTest.periodeTerbuka();
      List<String> nips = new ArrayList<>();
      try (Connection c = app.jdbc(); var s = c.prepareStatement("select nip from pegawai order by nip desc limit ?")) {
        s.setInt(1, BARIS);
        try (var rs = s.executeQuery()) {
          while (rs.next()) {
            nips.add(rs.getString(1));
          }
        }
      }
      String body = nips.stream().map(n -> "{\"nip\":\"" + n + "\",\"jenis\":\"REGULER\",\"periode\":\"" + periode + "\"}")
          .collect(Collectors.joining(",", "[", "]"));

      // when the list goes to the first node, which is killed once a part of the rows became cases
      app.ke(satu);
      var receipt = app.post("admin", "/api/batch/KENAIKAN_PANGKAT", body, "application/json", "dua-" + UUID.randomUUID());
      assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(202);
      String batchId = JSON.readTree(receipt.body()).get("id").asText();
      tunggu(app, Duration.ofMinutes(3), () -> dimulai(app, batchId) >= BARIS / 5, () -> dimulai(app, batchId));
      app.bunuh(satu);
      long dimulaiSaatKill = dimulai(app, batchId);

      // then the second node, never restarted, finishes the list
      long valid = satu(app, "select count(*) from batch_baris where batch_id = ? and status <> 'INVALID'", batchId);
      tunggu(app, Duration.ofMinutes(5), () -> satu(app, "select count(*) from usulan_kp where batch_id = ?", batchId)
          >= valid, () -> satu(app, "select count(*) from usulan_kp where batch_id = ?", batchId));
      app.ke(dua);
      long kasus = satu(app, "select count(*) from act_hi_procinst where proc_def_key_ = 'kenaikan-pangkat' "
          + "and business_key_ like ?", "KP-" + periode + "-%");
      long kasusUnik = satu(app, "select count(distinct business_key_) from act_hi_procinst "
          + "where proc_def_key_ = 'kenaikan-pangkat' and business_key_ like ?", "KP-" + periode + "-%");
      long usulan = satu(app, "select count(*) from usulan_kp where batch_id = ?", batchId);
      long jobBerhasil = satu(app, "select count(*) from act_hi_job_log where job_state_ = 2 and ? is not null", batchId);
      long jobGanda = satu(app, """
          select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 and ? is not null
            group by job_id_ having count(*) > 1) g""", batchId);
      long insiden = satu(app, "select count(*) from act_ru_incident where ? is not null", batchId);
      System.out.printf("Dua node: %d baris, %d sah, %d dimulai saat node 1 dimatikan, %d kasus, %d usulan, "
              + "%d duplikat, %d job selesai, %d job selesai dua kali, %d insiden%n", BARIS, valid, dimulaiSaatKill,
          kasus, usulan, kasus - kasusUnik, jobBerhasil, jobGanda, insiden);
      assertThat(dimulaiSaatKill).as("killed while rows were being started").isLessThan(valid);
      assertThat(valid).isGreaterThan(BARIS * 9 / 10);
      assertThat(kasus).isEqualTo(valid);
      assertThat(kasusUnik).isEqualTo(valid);
      assertThat(usulan).isEqualTo(valid);
      // since ADR 0022 a row screened in its chunk has no job of its own: at least the chunk jobs
      // (100 rows each) and the signing steps of the clean rows ran, each exactly once (below)
      assertThat(jobBerhasil).isGreaterThanOrEqualTo(valid / 100);
      assertThat(jobGanda).isZero();
      assertThat(insiden).isZero();
    }
  }
}
