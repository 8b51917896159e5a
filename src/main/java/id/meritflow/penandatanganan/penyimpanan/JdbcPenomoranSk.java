package id.meritflow.penandatanganan.penyimpanan;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-agency, per-year SK sequence in {@code sk_nomor}. The increment runs in the caller's
 * transaction, the one that stores the SK: its row lock makes concurrent signers of one agency
 * wait for each other, and a rollback returns the number, so the sequence has no gaps and no
 * duplicates.
 */
public final class JdbcPenomoranSk {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  public JdbcPenomoranSk(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** The next number of the agency's year; must be called inside the transaction storing the SK. */
  public int next(String instansiId, int tahun) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("penomoran SK harus berjalan dalam transaksi penyimpanan SK");
    }
    if (increment(instansiId, tahun) == 0) {
      createCounter(instansiId, tahun);
      if (increment(instansiId, tahun) == 0) {
        throw new IllegalStateException("penghitung nomor SK " + instansiId + "/" + tahun + " tidak dapat dibuat");
      }
    }
    return jdbc.queryForObject("select terakhir from sk_nomor where instansi_id = ? and tahun = ?", Integer.class,
        instansiId, tahun);
  }

  private int increment(String instansiId, int tahun) {
    return jdbc.update("update sk_nomor set terakhir = terakhir + 1 where instansi_id = ? and tahun = ?",
        instansiId, tahun);
  }

  /**
   * First SK of the year: two signers may both find no row. The insert runs under a savepoint so
   * that the loser's duplicate-key error (which aborts a PostgreSQL transaction) is rolled back to
   * the savepoint only; it then increments the winner's row.
   */
  private void createCounter(String instansiId, int tahun) {
    try {
      savepoint.executeWithoutResult(status -> jdbc.update(
          "insert into sk_nomor (instansi_id, tahun, terakhir) values (?, ?, 0)", instansiId, tahun));
    } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
      // Another signer created the row first; its row lock now orders us behind it.
    }
  }
}
