package id.meritflow.keandalan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A promotion list of 2,000 rows on PostgreSQL, its application killed with SIGKILL while the rows
 * are being turned into cases, restarted on the same database: the client sends the list again
 * with the same Idempotency-Key, and every row ends as exactly one case with exactly one proposal
 * row; no SK number twice; none lost.
 */
@EnabledIfEnvironmentVariable(named = "MERITFLOW_TEST_POSTGRES_URL", matches = ".+",
    disabledReason = "PostgreSQL tests skipped: set MERITFLOW_TEST_POSTGRES_URL (see README)")
class CrashBatchKpPostgresTest {

  static final int BARIS = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aPromotionListKilledMidwayIsProcessedExactlyOnceAfterTheRestart() throws Exception {
    try (AplikasiAnak app = AplikasiAnak.siapkan("crash", BARIS + 200)) {
      // given the application on its own database and a list of 2,000 employees for an open period
      app.mulai();
      YearMonth periode = periodeTerbuka();
      List<String> nips;
      try (Connection c = app.jdbc(); var s = c.prepareStatement("select nip from pegawai order by nip limit ?")) {
        s.setInt(1, BARIS);
        nips = new ArrayList<>();
        try (var rs = s.executeQuery()) {
          while (rs.next()) {
            nips.add(rs.getString(1));
          }
        }
      }
      assertThat(nips).hasSize(BARIS);
      String body = nips.stream().map(n -> "{\"nip\":\"" + n + "\",\"jenis\":\"REGULER\",\"periode\":\"" + periode + "\"}")
          .collect(Collectors.joining(",", "[", "]"));
      String key = "crash-" + UUID.randomUUID();

      // when it is submitted and the JVM is killed once a part of the rows became cases
      var receipt = app.post("admin", "/api/batch/KENAIKAN_PANGKAT", body, "application/json", key);
      assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(202);
      String batchId = JSON.readTree(receipt.body()).get("id").asText();
      long mulaiSebelumKill = tunggu(app, Duration.ofMinutes(3), () -> dimulai(app, batchId) >= BARIS / 5,
          () -> dimulai(app, batchId));
      app.bunuh();
      long dimulaiSaatKill = dimulai(app, batchId);

      // and it is started again, and the client sends the same list with the same key
      app.mulai();
      var again = app.post("admin", "/api/batch/KENAIKAN_PANGKAT", body, "application/json", key);
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      assertThat(JSON.readTree(again.body()).get("id").asText()).isEqualTo(batchId);
      long valid = satu(app, "select count(*) from batch_baris where batch_id = ? and status <> 'INVALID'", batchId);
      tunggu(app, Duration.ofMinutes(6), () -> satu(app, "select count(*) from usulan_kp where batch_id = ?", batchId)
          >= valid, () -> satu(app, "select count(*) from usulan_kp where batch_id = ?", batchId));

      // then every valid row started exactly one case, screened exactly once; no SK number twice
      long baris = satu(app, "select count(*) from batch_baris where batch_id = ?", batchId);
      long kasus = satu(app, "select count(*) from act_hi_procinst where proc_def_key_ = 'kenaikan-pangkat' "
          + "and business_key_ like ?", "KP-" + periode + "-%");
      long kasusUnik = satu(app, "select count(distinct business_key_) from act_hi_procinst "
          + "where proc_def_key_ = 'kenaikan-pangkat' and business_key_ like ?", "KP-" + periode + "-%");
      long usulan = satu(app, "select count(*) from usulan_kp where batch_id = ?", batchId);
      long barisTanpaKasus = satu(app, """
          select count(*) from batch_baris b where b.batch_id = ? and b.status <> 'INVALID' and not exists
            (select 1 from act_hi_procinst p where p.id_ = b.process_instance_id)""", batchId);
      long skGanda = satu(app, "select count(*) - count(distinct nomor) from surat_keputusan where ? is not null",
          batchId);
      long sk = satu(app, "select count(*) from surat_keputusan where ? is not null", batchId);
      System.out.printf("Crash KP: %d baris dikirim, %d sah, %d kasus dimulai sebelum kill (%d saat kill), "
              + "%d kasus, %d usulan, %d duplikat, %d hilang, %d SK terbit, %d nomor SK ganda%n", baris, valid,
          mulaiSebelumKill, dimulaiSaatKill, kasus, usulan, kasus - kasusUnik, barisTanpaKasus, sk, skGanda);
      assertThat(baris).isEqualTo(BARIS);
      assertThat(valid).as("rows the checks accept").isGreaterThan(BARIS * 9 / 10);
      assertThat(dimulaiSaatKill).as("killed while rows were being started").isLessThan(valid);
      assertThat(kasus).isEqualTo(valid);
      assertThat(kasusUnik).isEqualTo(valid);
      assertThat(usulan).isEqualTo(valid);
      assertThat(barisTanpaKasus).isZero();
      assertThat(skGanda).isZero();
    }
  }

  /** The first period open today (3 months before its TMT until 10 days before it), on the child's wall clock. */
  static YearMonth periodeTerbuka() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    for (int i = 0; i < 6; i++) {
      YearMonth p = YearMonth.from(today).plusMonths(i);
      LocalDate tmt = p.atDay(1);
      if (!today.isBefore(tmt.minusMonths(3)) && !today.isAfter(tmt.minusDays(10))) {
        return p;
      }
    }
    throw new IllegalStateException("no open period");
  }

  static long dimulai(AplikasiAnak app, String batchId) {
    return satu(app, "select count(*) from batch_baris where batch_id = ? and status = 'STARTED'", batchId);
  }

  static long satu(AplikasiAnak app, String sql, String arg) {
    try (Connection c = app.jdbc(); var s = c.prepareStatement(sql)) {
      s.setString(1, arg);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  interface Kondisi {
    boolean terpenuhi() throws Exception;
  }

  interface Nilai {
    long baca() throws Exception;
  }

  static long tunggu(AplikasiAnak app, Duration maks, Kondisi kondisi, Nilai nilai) throws Exception {
    long t0 = System.nanoTime();
    while (!kondisi.terpenuhi()) {
      if (System.nanoTime() - t0 > maks.toNanos()) {
        throw new AssertionError("not reached after " + maks + " (value " + nilai.baca() + ")");
      }
      Thread.sleep(50);
    }
    return nilai.baca();
  }
}
