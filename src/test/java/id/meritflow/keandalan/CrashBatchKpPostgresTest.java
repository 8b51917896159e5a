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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A promotion list of 2,000 rows and a mutation programme on PostgreSQL, their application killed
 * with SIGKILL while the rows are being turned into cases, restarted on the same database: the
 * client sends both again with the same Idempotency-Keys, and every row ends as exactly one case
 * (a promotion with exactly one proposal row; a transfer with exactly one SK and exactly one
 * change of the employee's position in the registry); no SK number twice; none lost.
 */
@EnabledIfEnvironmentVariable(named = "MERITFLOW_TEST_POSTGRES_URL", matches = ".+",
    disabledReason = "PostgreSQL tests skipped: set MERITFLOW_TEST_POSTGRES_URL (see README)")
class CrashBatchKpPostgresTest {

  static final int BARIS = 2000;
  static final int MUTASI = 30;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aPromotionListAndAMutationProgrammeKilledMidwayAreProcessedExactlyOnceAfterTheRestart() throws Exception {
    try (AplikasiAnak app = AplikasiAnak.siapkan("crash", BARIS + 200)) {
      // given the application on its own database, a programme of 30 transfers that go straight
      // through, and a list of 2,000 other employees for an open promotion period
      app.mulai();
      List<ProgramMutasiAnak.Baris> program = ProgramMutasiAnak.cari(app, MUTASI);
      assertThat(program).as("transfers the dry runs pass without review").hasSize(MUTASI);
      Set<String> nipMutasi = program.stream().map(ProgramMutasiAnak.Baris::nip).collect(Collectors.toSet());
      String bodyMutasi = program.stream().map(ProgramMutasiAnak.Baris::json).collect(Collectors.joining(",", "[", "]"));
      YearMonth periode = periodeTerbuka();
      List<String> nips = new ArrayList<>();
      try (Connection c = app.jdbc(); var s = c.prepareStatement("select nip from pegawai order by nip");
          var rs = s.executeQuery()) {
        while (rs.next() && nips.size() < BARIS) {
          if (!nipMutasi.contains(rs.getString(1))) {
            nips.add(rs.getString(1));
          }
        }
      }
      assertThat(nips).hasSize(BARIS);
      String body = nips.stream().map(n -> "{\"nip\":\"" + n + "\",\"jenis\":\"REGULER\",\"periode\":\"" + periode + "\"}")
          .collect(Collectors.joining(",", "[", "]"));
      String key = "crash-" + UUID.randomUUID();
      String keyMutasi = "crash-mutasi-" + UUID.randomUUID();

      // when both are submitted and the JVM is killed once a part of the promotion rows became cases
      var receipt = app.post("admin", "/api/batch/KENAIKAN_PANGKAT", body, "application/json", key);
      assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(202);
      String batchId = JSON.readTree(receipt.body()).get("id").asText();
      var receiptMutasi = app.post("operator-cimahi", "/api/batch/MUTASI", bodyMutasi, "application/json", keyMutasi);
      assertThat(receiptMutasi.statusCode()).as(receiptMutasi.body()).isEqualTo(202);
      String batchMutasi = JSON.readTree(receiptMutasi.body()).get("id").asText();
      String kunciKasusMutasi = "MUT-B" + batchMutasi + "-%";
      // (killed once a fifth of the promotion rows started, or earlier once a third of the transfers ended:
      // with five job threads the 30 transfers can all end before the first 100-row promotion chunk commits,
      // so the transfers' progress alone triggers the kill)
      long mulaiSebelumKill = tunggu(app, Duration.ofMinutes(3), () -> dimulai(app, batchId) >= BARIS / 5
              || selesai(app, kunciKasusMutasi) >= MUTASI / 3,
          () -> dimulai(app, batchId));
      app.bunuh();
      long dimulaiSaatKill = dimulai(app, batchId);
      long mutasiDimulaiSaatKill = dimulai(app, batchMutasi);
      long mutasiSelesaiSaatKill = selesai(app, kunciKasusMutasi);

      // and it is started again, and the client sends the same list with the same key
      app.mulai();
      var again = app.post("admin", "/api/batch/KENAIKAN_PANGKAT", body, "application/json", key);
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      assertThat(JSON.readTree(again.body()).get("id").asText()).isEqualTo(batchId);
      var againMutasi = app.post("operator-cimahi", "/api/batch/MUTASI", bodyMutasi, "application/json", keyMutasi);
      assertThat(againMutasi.statusCode()).as(againMutasi.body()).isEqualTo(200);
      assertThat(JSON.readTree(againMutasi.body()).get("id").asText()).isEqualTo(batchMutasi);
      long valid = satu(app, "select count(*) from batch_baris where batch_id = ? and status <> 'INVALID'", batchId);
      long validMutasi = satu(app, "select count(*) from batch_baris where batch_id = ? and status <> 'INVALID'",
          batchMutasi);
      tunggu(app, Duration.ofMinutes(6), () -> satu(app, "select count(*) from usulan_kp where batch_id = ?", batchId)
          >= valid, () -> satu(app, "select count(*) from usulan_kp where batch_id = ?", batchId));
      tunggu(app, Duration.ofMinutes(3), () -> selesai(app, kunciKasusMutasi) >= validMutasi,
          () -> selesai(app, kunciKasusMutasi));

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

      // and every transfer row is exactly one case that ended normally, one SK, one registry change
      long kasusMutasi = satu(app, "select count(*) from act_hi_procinst where proc_def_key_ = 'mutasi' "
          + "and business_key_ like ?", kunciKasusMutasi);
      long kasusMutasiUnik = satu(app, "select count(distinct business_key_) from act_hi_procinst "
          + "where proc_def_key_ = 'mutasi' and business_key_ like ?", kunciKasusMutasi);
      long mutasiSelesai = satu(app, "select count(*) from act_hi_procinst where proc_def_key_ = 'mutasi' "
          + "and business_key_ like ? and end_act_id_ = 'End_MutasiSelesai'", kunciKasusMutasi);
      long barisMutasiTanpaKasus = satu(app, """
          select count(*) from batch_baris b where b.batch_id = ? and b.status <> 'INVALID' and not exists
            (select 1 from act_hi_procinst p where p.id_ = b.process_instance_id)""", batchMutasi);
      long skMutasi = 0;
      long riwayat = 0;
      long pegawaiDipindah = 0;
      List<String> tidakSekali = new ArrayList<>();
      for (ProgramMutasiAnak.Baris b : program) {
        long sk1 = hitung(app, "select count(*) from surat_keputusan where jenis = 'MUTASI' and nip = ?", b.nip());
        long r1 = hitung(app, "select count(*) from riwayat_jabatan where nip = ? and jabatan_id = ? "
            + "and nomor_sk in (select nomor from surat_keputusan where jenis = 'MUTASI' and nip = ?)", b.nip(),
            b.jabatanTujuanId(), b.nip());
        long p1 = hitung(app, "select count(*) from pegawai where nip = ? and jabatan_id = ?", b.nip(),
            b.jabatanTujuanId());
        skMutasi += sk1;
        riwayat += r1;
        pegawaiDipindah += p1;
        if (sk1 != 1 || r1 != 1 || p1 != 1) {
          tidakSekali.add(b.nip() + " (SK " + sk1 + ", riwayat " + r1 + ", jabatan " + p1 + ")");
        }
      }
      System.out.printf("Crash program mutasi: %d baris dikirim, %d sah, %d kasus dimulai dan %d selesai saat kill, "
              + "%d kasus, %d selesai normal, %d duplikat, %d hilang, %d SK, %d riwayat jabatan, %d pegawai di jabatan "
              + "tujuan%n", program.size(), validMutasi, mutasiDimulaiSaatKill, mutasiSelesaiSaatKill, kasusMutasi,
          mutasiSelesai, kasusMutasi - kasusMutasiUnik, barisMutasiTanpaKasus, skMutasi, riwayat, pegawaiDipindah);
      assertThat(validMutasi).isEqualTo(MUTASI);
      assertThat(mutasiSelesaiSaatKill).as("killed while transfers were under way").isLessThan(validMutasi);
      assertThat(kasusMutasi).isEqualTo(MUTASI);
      assertThat(kasusMutasiUnik).isEqualTo(MUTASI);
      assertThat(mutasiSelesai).isEqualTo(MUTASI);
      assertThat(barisMutasiTanpaKasus).isZero();
      assertThat(tidakSekali).as("employees whose SK, position history or position is not there exactly once")
          .isEmpty();
    }
  }

  /** Cases of these business keys that have ended. */
  static long selesai(AplikasiAnak app, String businessKeyLike) {
    return satu(app, "select count(*) from act_hi_procinst where business_key_ like ? and end_time_ is not null",
        businessKeyLike);
  }

  static long hitung(AplikasiAnak app, String sql, String... args) {
    try (Connection c = app.jdbc(); var s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setString(i + 1, args[i]);
      }
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
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
