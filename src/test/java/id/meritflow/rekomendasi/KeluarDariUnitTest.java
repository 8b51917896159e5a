package id.meritflow.rekomendasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.MeritFlowIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * EKSODUS_UNIT's count of moves out of a unit (KandidatRepository.keluarDariUnit), on position
 * histories written for the test in the 2090s (after every demo row, so each test SK follows the
 * test's own earlier one), rolled back afterwards.
 */
@MeritFlowIntegrationTest
class KeluarDariUnitTest {

  private static final LocalDate DARI = LocalDate.of(2099, 1, 1);
  private static final LocalDate SAMPAI = LocalDate.of(2099, 12, 31);

  @Autowired KandidatRepository repository;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void countsAnSkInAnotherUnitThatFollowsOneInTheUnitWithinThePeriodOnly() {
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      status.setRollbackOnly();
      // given three units of one agency and five of its employees
      List<String> unit = jdbc.queryForList("select id from unit_kerja where instansi_id = 'cimahi' order by id limit 3",
          String.class);
      List<String> nip = jdbc.queryForList("select nip from pegawai where instansi_id = 'cimahi' order by nip limit 5",
          String.class);
      String a = unit.get(0);
      String b = unit.get(1);
      String c = unit.get(2);
      // moved A → B within the period: out of A
      sk(nip.get(0), a, "2098-06-01");
      sk(nip.get(0), b, "2099-03-01");
      // a new SK within A, then A → C: one move out of A (the SK within A is not a move)
      sk(nip.get(1), a, "2098-06-01");
      sk(nip.get(1), a, "2099-02-01");
      sk(nip.get(1), c, "2099-04-01");
      // moved B → A: into A, out of B
      sk(nip.get(2), b, "2098-06-01");
      sk(nip.get(2), a, "2099-03-01");
      // moved A → C after the period: not counted
      sk(nip.get(3), a, "2098-06-01");
      sk(nip.get(3), c, "2100-01-05");
      // moved A → B on the period's first day: counted
      sk(nip.get(4), a, "2098-06-01");
      sk(nip.get(4), b, "2099-01-01");

      // when the moves out of each unit in 2099 are counted, then
      assertThat(repository.keluarDariUnit(a, DARI, SAMPAI)).isEqualTo(3);
      assertThat(repository.keluarDariUnit(b, DARI, SAMPAI)).isEqualTo(1);
      assertThat(repository.keluarDariUnit(c, DARI, SAMPAI)).isZero();
      assertThat(repository.keluarDariUnit(a, DARI, LocalDate.of(2099, 2, 28))).isEqualTo(1);
    });
  }

  private void sk(String nip, String unitKerjaId, String tmt) {
    jdbc.update("insert into riwayat_jabatan (id, nip, instansi_id, unit_kerja_id, jabatan_id, tmt, nomor_sk)"
        + " values (?, ?, 'cimahi', ?, null, ?, 'UJI')", UUID.randomUUID().toString(), nip, unitKerjaId,
        java.sql.Date.valueOf(tmt));
  }
}
